import Diagnostics
import Parser

/// What repository-wide rules need from one customer, kept after the customer
/// itself is dropped.
public struct CustomerFacts: Sendable {
    public var id: LString?
    /// Normalised MAC and where it was written, for every device.
    public var macs: [(mac: String, location: SourceLocation)]

    init(_ customer: Customer) {
        id = customer.info?.id
        macs = customer.users.flatMap(\.devices).compactMap { device in
            guard let mac = device.mac, let normal = MACAddress.normalise(mac.value) else { return nil }
            return (normal, mac.location)
        }
    }
}

/// The facts of every customer checked, in customer order.
public final class RepositoryContext {
    public struct Seen {
        public var customer: String
        public var location: SourceLocation
    }

    let sink: DiagnosticSink
    public private(set) var customerIDs: [(id: String, location: SourceLocation)] = []
    /// Normalised MAC → every device that uses it, in the order read.
    public private(set) var macs: [String: [Seen]] = [:]
    public private(set) var macOrder: [String] = []

    public init(sink: DiagnosticSink) {
        self.sink = sink
    }

    func record(_ facts: CustomerFacts) {
        if let id = facts.id { customerIDs.append((id.value, id.location)) }
        for (mac, location) in facts.macs {
            if macs[mac] == nil { macOrder.append(mac) }
            macs[mac, default: []].append(Seen(customer: facts.id?.value ?? "?", location: location))
        }
    }

    public func report(_ rule: RuleDescription, at location: SourceLocation, _ message: String,
                       notes: [(String, SourceLocation?)] = [], help: String? = nil) {
        sink.report(rule.id, rule.severity, at: location, message, notes: notes, help: help)
    }
}
