import Diagnostics
import Domain
import Emitters
import Foundation
import Parser
import Validator

/// The pipeline driver: load each customer, check it (`CustomerChecker`), hand a
/// clean one to the next stage (a build compiles and emits it) while it is still in
/// memory, keep only the facts that repository-wide rules need, and drop the rest —
/// so that memory stays proportional to the customers in flight, not to the
/// repository. Customers are checked on `jobs` threads; the result does not depend
/// on `jobs` (diagnostics are sorted, facts are merged in customer order).
public struct RepositoryChecker {
    public struct Result {
        public var diagnostics: [Diagnostic]
        public var files: Int
        public var customers: Int
        /// Literal secrets in the files, for masking printed source lines.
        public var secrets: [SecretSpan]
    }

    public let layout: RepositoryLayout
    public var limits: YAMLLimits = .default
    public var jobs: Int
    /// "Today" for date rules (`--today`); nil uses only the dates in the files.
    public var today: LocalDate?
    /// Called with (done, total) at most once a second while customers are checked.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// When set, only these customers (by source path) get the customer rules; the
    /// others are read for the repository-wide rules only (`check --changed-since`).
    public var ruleCustomers: Set<String>?

    public init(layout: RepositoryLayout, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.layout = layout
        self.jobs = max(1, jobs)
    }

    public func run() -> Result {
        run(then: { (_: CustomerContext) in () }).result
    }

    /// Checks like `run()` and, for every customer whose check found no error, runs
    /// `then` on its context in the worker that checked it (so a build compiles each
    /// customer while it is in memory). Outputs are in customer order; nil for a
    /// customer with errors.
    public func run<Output>(then body: @Sendable (CustomerContext) -> Output) -> (result: Result, outputs: [Output?]) {
        let run = run(reusing: { _ in nil }, then: body)
        return (run.result, run.outputs)
    }

    /// One run's results per customer, in customer order.
    public struct Run<Output> {
        public var result: Result
        public var outputs: [Output?]
        /// Each customer's check, as a cache keeps it.
        public var checks: [CustomerCheck]
    }

    /// A run's start: the repository file read (once), and the reader every customer
    /// file of the run goes through. A build prepares first, because its cache key
    /// needs the repository file's digest before any customer is looked at.
    public struct Prepared: @unchecked Sendable {
        public let loader: ConfigLoader
        public let sink: DiagnosticSink
        public let repository: RepositoryConfig
        /// SHA-256 of `pbxc.yaml` as read, when the reader digests (`contentDigest`).
        public let repositoryDigest: String?
    }

    /// When set, every file is digested as it is read (a build's input digests).
    public var contentDigest: (@Sendable ([UInt8]) -> String)?

    /// Reads the repository file.
    public func prepare() -> Prepared {
        let files = SourceFiles()
        let sink = DiagnosticSink(files: files)
        var loader = ConfigLoader(root: layout.root, files: files, limits: limits)
        loader.contentDigest = contentDigest
        let repository = loader.repositoryConfig(layout.repositoryFile, sink: sink)
        loader.reportStrayFiles(layout.strayFiles, sink: sink)
        return Prepared(loader: loader, sink: sink, repository: repository,
                        repositoryDigest: repository.file.flatMap(files.digest).map { yaml in
                            // The logo is printed on every document: a new logo is a new input.
                            repository.partner?.logoDigest.map { "\(yaml)+\($0)" } ?? yaml
                        })
    }

    /// Checks like `run(then:)`, but first asks `reuse` for each customer: when it
    /// returns a previous check and output (a build's cache knows the customer's files
    /// have not changed), the customer is not read at all. `prepared` is this run's
    /// start when the caller made it already.
    public func run<Output>(_ prepared: Prepared? = nil,
                            reusing reuse: @Sendable (RepositoryLayout.CustomerSource) -> (CustomerCheck, Output)?,
                            then body: @Sendable (CustomerContext) -> Output) -> Run<Output> {
        let prepared = prepared ?? prepare()
        let loader = prepared.loader, sink = prepared.sink, repository = prepared.repository, files = loader.files
        let sources = layout.customers
        let results = OrderedResults<(check: CustomerCheck, secrets: [SecretSpan], output: Output?)>(count: sources.count)
        let checker = CustomerChecker(repository: repository, today: today, filesRoot: layout.root), ruleCustomers = ruleCustomers
        let ticker = progress.map { ProgressTicker(total: sources.count, report: $0) }
        let reusedFiles = Counter()
        withoutActuallyEscaping(reuse) { reuse in
            withoutActuallyEscaping(body) { body in
                DispatchQueue.concurrentPerform(iterations: min(jobs, max(1, sources.count))) { _ in
                    while let index = results.claim() {
                        defer { ticker?.tick() }
                        if let (check, output) = reuse(sources[index]) {
                            results.store((check, [], output), at: index)
                            reusedFiles.add(sources[index].files.count)
                            continue
                        }
                        let checked = Self.checkCustomer(sources[index], loader: loader, checker: checker,
                                                         runRules: ruleCustomers?.contains(sources[index].path) ?? true, then: body)
                        results.store(checked, at: index)
                    }
                }
            }
        }
        var suppressions = sink.suppressions
        let values = results.values
        for value in values {
            suppressions += value.check.suppressions
            sink.append(contentsOf: value.check.diagnostics)
            sink.append(secrets: value.secrets)
        }
        CustomerChecker.checkRepository(values.map(\.check.facts), sink: sink)
        let diagnostics = suppressions.isEmpty ? sink.diagnostics : Suppression.apply(suppressions, to: sink.diagnostics)
        let result = Result(diagnostics: diagnostics.sortedAndUnique(), files: files.count + reusedFiles.value,
                            customers: sources.count, secrets: sink.secrets)
        return Run(result: result, outputs: values.map(\.output), checks: values.map(\.check))
    }

    /// Reads and checks one customer: its check, the secrets its findings must mask, and
    /// `body`'s output when it has no error. Without `runRules` (a customer that did not
    /// change) only its facts are kept, for rules across customers.
    private static func checkCustomer<Output>(_ source: RepositoryLayout.CustomerSource, loader: ConfigLoader,
                                              checker: CustomerChecker, runRules: Bool,
                                              then body: (CustomerContext) -> Output)
        -> (check: CustomerCheck, secrets: [SecretSpan], output: Output?) {
        let customerSink = DiagnosticSink(files: loader.files)
        let customer = loader.customer(source, sink: customerSink)
        guard runRules else {
            let facts = CustomerFacts(customer, files: loader.files, repository: checker.repository)
            return (CustomerCheck(diagnostics: [], suppressions: [], facts: facts, hasLiteralSecrets: false), [], nil)
        }
        let context = checker.check(customer, sink: customerSink)
        let facts = CustomerFacts(context, files: loader.files)
        let clean = !customerSink.diagnostics.contains { $0.severity == .error }
        // `body` may report (a build's secret findings): read the sink after it.
        let output = clean ? body(context) : nil
        let check = CustomerCheck(diagnostics: customerSink.diagnostics, suppressions: customerSink.suppressions,
                                  facts: facts, hasLiteralSecrets: !customerSink.secrets.isEmpty, probes: context.probes)
        return (check, customerSink.secrets, output)
    }

    /// Checks the customer an editor buffer (standard input) belongs to, as `pbxc check`
    /// of its file would: `path` (relative to the repository at `root`) names the buffer,
    /// which replaces that file; the other files of its customer folder are read from
    /// disk, so that what the buffer refers to is found.
    public static func check(text: String, path: String, root: URL, today: LocalDate?) -> Result {
        let files = SourceFiles()
        let sink = DiagnosticSink(files: files)
        let hasRepositoryFile = FileManager.default.fileExists(
            atPath: root.appendingPathComponent(RepositoryLayout.repositoryFileName).path)
        let layout = RepositoryLayout(root: root, repositoryFile: hasRepositoryFile ? RepositoryLayout.repositoryFileName : nil,
                                      customers: [])
        let loader = ConfigLoader(root: root, files: files)
        let checker = CustomerChecker(repository: loader.repositoryConfig(layout.repositoryFile, sink: sink), today: today,
                                      filesRoot: root)
        // The customer's own sink, as in a whole run (pbxc.yaml's findings are not the customer's).
        let customerSink = DiagnosticSink(files: files)
        let customer = loader.customer(layout.customer(containing: path), buffer: (path, text), sink: customerSink)
        checker.check(customer, sink: customerSink)
        sink.append(contentsOf: customerSink.diagnostics)
        sink.append(secrets: customerSink.secrets)
        CustomerChecker.checkRepository([CustomerFacts(customer, files: files)], sink: sink)
        let suppressions = sink.suppressions + customerSink.suppressions
        return Result(diagnostics: Suppression.apply(suppressions, to: sink.diagnostics).sortedAndUnique(),
                      files: files.count, customers: 1, secrets: sink.secrets)
    }
}

/// Counts finished customers and reports at most once a second.
final class ProgressTicker: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let report: @Sendable (Int, Int) -> Void
    private var done = 0
    private var last = Date()

    init(total: Int, report: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.report = report
    }

    func tick() {
        lock.lock()
        done += 1
        let now = Date(), due = now.timeIntervalSince(last) >= 1
        if due { last = now }
        let count = done
        lock.unlock()
        if due { report(count, total) }
    }
}

/// A count shared by workers.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add(_ n: Int) {
        lock.lock(); defer { lock.unlock() }
        count += n
    }
    var value: Int {
        lock.lock(); defer { lock.unlock() }
        return count
    }
}

/// Results of parallel work, stored by index and read back in index order; `claim`
/// hands out the next index to a worker.
final class OrderedResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]
    private var next = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func claim() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ value: Value, at index: Int) {
        lock.lock(); defer { lock.unlock() }
        slots[index] = value
    }

    var values: [Value] {
        lock.lock(); defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
