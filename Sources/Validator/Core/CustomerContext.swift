import Diagnostics
import Foundation
import Domain
import Parser

/// One customer under check, with the derived views that several rules share
/// (parsed numbers, entities, schedules), each computed once on first use.
public final class CustomerContext {
    public let customer: Customer
    public let repository: RepositoryConfig
    let sink: DiagnosticSink
    private var phoneCache: [String: Result<PhoneNumber, PhoneNumberProblem>] = [:]

    init(customer: Customer, repository: RepositoryConfig, sink: DiagnosticSink) {
        self.customer = customer
        self.repository = repository
        self.sink = sink
    }

    /// Reports a finding of `rule` at its severity.
    public func report(_ rule: RuleDescription, at location: SourceLocation, _ message: String,
                       notes: [(String, SourceLocation?)] = [], help: String? = nil) {
        sink.report(rule.id, rule.severity, at: location, message, notes: notes, help: help)
    }

    /// The repository's folder on disk (a standardised path), when the customer was
    /// read from one.
    public var filesRoot: String?

    /// The files rules looked for (`isFile(_:)`), each once, kept with the check.
    public private(set) var probes: [FileProbe] = []

    /// Whether `path` (relative to the repository root) is a file; nil when the customer
    /// was not read from a repository on disk. Recorded, so that an incremental build
    /// checks the customer again when the answer changes.
    public func isFile(_ path: String) -> Bool? {
        guard let filesRoot else { return nil }
        // A customer names a handful of files: a scan, cheaper than hashing each path.
        if let known = probes.first(where: { $0.path == path }) { return known.isFile }
        let probe = FileProbe.look(path, under: filesRoot)
        probes.append(probe)
        return probe.isFile
    }

    /// The repository-relative path of the file a location is in.
    public func path(of location: SourceLocation) -> String { sink.files.path(location.file) }

    /// The paths of the customer's files, relative to the repository root.
    public var filePaths: [String] { customer.files.map(sink.files.path) }

    /// Each file's path with the digest of its bytes as read (when the reader digested
    /// them): what a build's input digest is made of, without reading a file twice.
    public var fileDigests: [(path: String, digest: String?)] {
        customer.files.map { (sink.files.path($0), sink.files.digest($0)) }
    }

    /// The customer's country (upper-cased ISO code), or the repository default.
    public lazy var country: String? = {
        (customer.info?.country ?? repository.defaults.country).map { $0.value.uppercased() }
    }()

    /// A number as written, parsed for the customer's country (cached per text).
    ///
    /// A number inside one of the customer's DDI blocks (an aligned 10/100/1000 range
    /// whose ends libphonenumber validated) is valid without asking libphonenumber
    /// again: blocks are allocated from one numbering series, and validity in these
    /// numbering plans is decided by prefixes, never by the last three digits. It halved
    /// a check while validation went through ICU; with RE2 (numbering_plans.cpp) it
    /// still saves 2.5% of a check's instructions (docs/performance.md).
    public func phone(_ text: String) -> Result<PhoneNumber, PhoneNumberProblem> {
        // The block test is cheaper than the cache (no String hashing): not cached.
        if !computingHeldRanges, !heldBlocks.isEmpty, let digits = PhoneNumbers.plainDigits(text, country: country),
           heldBlocks.contains(where: { $0.contains(digits) }) {
            return .success(PhoneNumber(digits: digits, isValid: true, kind: .unknown, region: ""))
        }
        if let cached = phoneCache[text] { return cached }
        let result = PhoneNumbers.parse(text, country: country)
        phoneCache[text] = result
        return result
    }

    private var computingHeldRanges = false

    /// The held ranges that are DDI blocks.
    private lazy var heldBlocks: [NumberRange] = heldRanges.filter { $0.blockSize != nil }

    /// The valid number, or nil (the problem is `number-format`'s to report).
    public func validPhone(_ text: String) -> PhoneNumber? {
        try? phone(text).get()
    }

    public lazy var entities = EntityIndex(customer)

    /// The customer as the compiler reads it (only meaningful when the check found no
    /// error): defaults applied, destinations resolved.
    public lazy var checked = CheckedCustomer(self)

    /// "Today" for date rules (`--today`, else the machine's date); nil in rule
    /// examples, where date rules use the dates written in the file.
    public var today: LocalDate?

    /// Every porting request with its numbers parsed.
    public lazy var portings: [PortingFacts] = customer.porting.map { PortingFacts($0, context: self) }

    /// Every device of every user, and every line key of those devices (collected
    /// once: several rules walk them).
    public lazy var devices: [Device] = customer.users.flatMap(\.devices)
    public lazy var lineKeys: [LineKey] = devices.flatMap(\.keys)

    /// Every place a call can be sent (see DestinationFields.swift).
    public lazy var destinationFields: [DestinationField] = collectDestinationFields()

    /// `destinationFields` with what each names, resolved once for all rules.
    public lazy var resolvedDestinations: [(field: DestinationField, destination: Destination)] =
        destinationFields.map { ($0, resolve($0.text.value)) }

    /// The held numbers of `numbers`, each a single number or a range; entries that
    /// do not parse are left out (reported by `number-format` / `number-range`).
    public lazy var heldRanges: [NumberRange] = {
        computingHeldRanges = true
        defer { computingHeldRanges = false }
        return customer.numbers.compactMap(parseRange)
    }()

    /// The range of `numbers` that holds `number`, if any.
    public func heldRange(containing number: PhoneNumber) -> NumberRange? {
        heldRanges.first { $0.contains(number.digits) }
    }

    /// A `numbers` entry parsed, or nil when an end is not a valid number or the
    /// range is malformed.
    public func parseRange(_ entry: LString) -> NumberRange? {
        guard let (a, b) = NumberRange.split(entry.value) else {
            return validPhone(entry.value).map { NumberRange(text: entry, first: $0, last: $0) }
        }
        guard let first = validPhone(a), let last = validPhone(b), first.digitCount == last.digitCount,
              first.digits <= last.digits, last.digits - first.digits < NumberRange.maxCount else { return nil }
        return NumberRange(text: entry, first: first, last: last)
    }

    public lazy var schedulesByID: [String: Schedule] = {
        var map: [String: Schedule] = [:]
        for s in customer.schedules where map[s.id.value] == nil { map[s.id.value] = s }
        return map
    }()

    /// The company voicemail's extension (999 unless changed).
    public var companyVoicemailExtension: String {
        customer.company?.voicemail?.extensionNumber?.value ?? CompanyVoicemail.defaultExtension
    }

    public var companyVoicemailEnabled: Bool { customer.company?.voicemail?.enabled ?? true }

    /// The user behind an entity of kind `.user`.
    public func user(_ entity: Entity) -> User? {
        entity.kind == .user ? customer.users[entity.index] : nil
    }
}
