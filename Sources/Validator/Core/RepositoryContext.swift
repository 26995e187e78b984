import Diagnostics
import Parser

/// What repository-wide rules need from each customer, kept after the customer
/// itself is dropped: its id and the MACs of its devices, with their places.
public final class RepositoryContext {
    public struct Seen {
        public var customer: String
        public var location: SourceLocation
    }

    let sink: DiagnosticSink
    /// Customer ids in the order read.
    public private(set) var customerIDs: [(id: String, location: SourceLocation)] = []
    /// Normalised MAC → every device that uses it, in the order read.
    public private(set) var macs: [String: [Seen]] = [:]
    public private(set) var macOrder: [String] = []

    public init(sink: DiagnosticSink) {
        self.sink = sink
    }

    func record(_ context: CustomerContext) {
        let id = context.customer.id ?? "?"
        if let info = context.customer.info, let cid = info.id { customerIDs.append((cid.value, cid.location)) }
        for device in context.customer.users.flatMap(\.devices) {
            guard let mac = device.mac, let normal = MACAddress.normalise(mac.value) else { continue }
            if macs[normal] == nil { macOrder.append(normal) }
            macs[normal, default: []].append(Seen(customer: id, location: mac.location))
        }
    }

    public func report(_ rule: RuleDescription, at location: SourceLocation, _ message: String,
                       notes: [(String, SourceLocation?)] = [], help: String? = nil) {
        sink.report(rule.id, rule.severity, at: location, message, notes: notes, help: help)
    }
}
