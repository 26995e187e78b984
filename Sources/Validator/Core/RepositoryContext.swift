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

    /// A `numbers` entry: its first and last number as E.164 digits.
    public struct HeldNumbers: Sendable, Codable, Equatable {
        public var first: UInt64
        public var last: UInt64
        public var text: Located

        public init(first: UInt64, last: UInt64, text: Located) {
            self.first = first
            self.last = last
            self.text = text
        }
    }

    public var id: Located?
    /// Normalised MAC and where it was written, for every device.
    public var macs: [Located]
    /// The numbers the customer holds (entries that do not parse are left out: their
    /// rules report them), for `number-at-two-customers`.
    public var numbers: [HeldNumbers] = []

    public init(id: Located?, macs: [Located]) {
        self.id = id
        self.macs = macs
    }

    /// The facts of a checked customer: its held numbers are the ranges its check
    /// already parsed (`CustomerContext.heldRanges`; entries that do not parse are left
    /// out, their rules report them), for `number-at-two-customers`.
    public init(_ context: CustomerContext, files: SourceFiles) {
        self.init(context.customer, files: files)
        numbers = context.heldRanges.map { range in
            HeldNumbers(first: range.first.digits, last: range.last.digits,
                        text: Located(value: range.text.value, location: files.location(range.text.location)))
        }
    }

    /// The facts of a customer whose rules are not run (unchanged since the last build).
    public init(_ customer: Customer, files: SourceFiles, repository: RepositoryConfig) {
        self.init(CustomerContext(customer: customer, repository: repository, sink: DiagnosticSink(files: files)),
                  files: files)
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
    /// Every customer's held numbers with its customer id, in the order read.
    public private(set) var heldNumbers: [(customer: String, numbers: CustomerFacts.HeldNumbers)] = []

    public init(sink: DiagnosticSink) {
        self.sink = sink
    }

    func record(_ facts: CustomerFacts) {
        if let id = facts.id { customerIDs.append(id) }
        for numbers in facts.numbers { heldNumbers.append((facts.id?.value ?? "?", numbers)) }
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
