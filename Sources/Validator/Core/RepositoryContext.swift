import Diagnostics
import Domain
import Parser

/// What repository-wide rules need from one customer, kept after the customer
/// itself is dropped — and, in a build's cache, across runs (so places are resolved
/// to paths rather than this run's file handles).
public struct CustomerFacts: Sendable, Codable, Equatable {
    public struct Located: Sendable, Codable, Equatable {
        public var value: String
        public var location: Diagnostic.Location

        public init(value: String, location: Diagnostic.Location) {
            self.value = value
            self.location = location
        }
    }

    public var id: Located?
    /// Normalised MAC and where it was written, for every device.
    public var macs: [Located]

    public init(id: Located?, macs: [Located]) {
        self.id = id
        self.macs = macs
    }

    public init(_ customer: Customer, files: SourceFiles) {
        id = customer.info?.id.map { Located(value: $0.value, location: files.location($0.location)) }
        macs = customer.users.flatMap(\.devices).compactMap { device in
            guard let mac = device.mac, let normal = MACAddress.normalise(mac.value) else { return nil }
            return Located(value: normal, location: files.location(mac.location))
        }
    }
}

/// The facts of every customer checked, in customer order.
public final class RepositoryContext {
    public struct Seen {
        public var customer: String
        public var location: Diagnostic.Location
    }

    let sink: DiagnosticSink
    public private(set) var customerIDs: [CustomerFacts.Located] = []
    /// Normalised MAC → every device that uses it, in the order read.
    public private(set) var macs: [String: [Seen]] = [:]
    public private(set) var macOrder: [String] = []

    public init(sink: DiagnosticSink) {
        self.sink = sink
    }

    func record(_ facts: CustomerFacts) {
        if let id = facts.id { customerIDs.append(id) }
        for mac in facts.macs {
            if macs[mac.value] == nil { macOrder.append(mac.value) }
            macs[mac.value, default: []].append(Seen(customer: facts.id?.value ?? "?", location: mac.location))
        }
    }

    public func report(_ rule: RuleDescription, at location: Diagnostic.Location, _ message: String,
                       notes: [(String, Diagnostic.Location?)] = [], help: String? = nil) {
        sink.append(Diagnostic(rule: rule.id, severity: rule.severity, message: message, location: location,
                               notes: notes.map { Diagnostic.Note($0.0, at: $0.1) }, help: help))
    }
}
