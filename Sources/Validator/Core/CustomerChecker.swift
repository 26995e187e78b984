import Diagnostics
import Domain
import Foundation
import Parser

/// The one place that runs the rules on a customer: every customer rule, then the
/// repository-wide rules over the facts customers leave behind. `check`, `build`,
/// `trace`, `diff`, the editor buffer and the rule examples all come through here, so
/// they cannot disagree on what "checked" means.
public struct CustomerChecker: Sendable {
    public var repository: RepositoryConfig
    /// "Today" for date rules (`--today`); nil uses only the dates in the files.
    public var today: LocalDate?
    /// The repository's folder on disk, where audio files named in the customer are
    /// looked for (`greeting-file`); nil for a text checked without a repository.
    public let filesRoot: URL?
    /// `filesRoot` standardised once per run, not once per customer.
    private let filesRootPath: String?

    public init(repository: RepositoryConfig, today: LocalDate? = nil, filesRoot: URL? = nil) {
        self.repository = repository
        self.today = today
        self.filesRoot = filesRoot
        filesRootPath = filesRoot?.standardizedFileURL.path
    }

    /// Runs every customer rule on `customer`, reporting to `sink`. The context it
    /// returns is the checked customer the compiler reads (when `sink` has no error).
    ///
    /// Root causes first: when one of the customer's files could not be read (`sink`
    /// holds its error), the customer is missing whatever that file defines, and the
    /// rules would blame every reference to it; they run once the file reads.
    @discardableResult
    public func check(_ customer: Customer, sink: DiagnosticSink) -> CustomerContext {
        let context = CustomerContext(customer: customer, repository: repository, sink: sink)
        context.today = today
        context.filesRoot = filesRootPath
        guard !sink.diagnostics.contains(where: Self.isUnreadFile) else { return context }
        for rule in RuleRegistry.customerRules { rule.check(context) }
        return context
    }

    /// An error that leaves a whole file out of its customer.
    static func isUnreadFile(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.severity == .error && [ParserRule.yamlSyntax.id, ParserRule.yamlLimits.id,
                                          ParserRule.fileUnreadable.id].contains(diagnostic.rule)
    }

    /// Runs the rules across customers over every customer's facts, in customer order.
    public static func checkRepository(_ facts: [CustomerFacts], sink: DiagnosticSink) {
        let repositoryContext = RepositoryContext(sink: sink)
        for customerFacts in facts { repositoryContext.record(customerFacts) }
        for rule in RuleRegistry.repositoryRules { rule.check(repositoryContext) }
    }

    /// What checking one customer given as text found.
    public struct TextCheck<Output> {
        public var diagnostics: [Diagnostic]
        public var secrets: [SecretSpan]
        public var files: Int
        /// `then`'s output; nil when the customer has errors.
        public var output: Output?
    }

    /// Checks one customer given as text (an editor buffer on standard input, a rule
    /// example, a test) as a whole run would — customer rules, then the rules across
    /// customers — and, when it has no error, runs `then` on the checked customer.
    public func check<Output>(text: String, path: String, root: URL = URL(fileURLWithPath: "/"),
                              then body: (CustomerContext) -> Output) -> TextCheck<Output> {
        let files = SourceFiles()
        let sink = DiagnosticSink(files: files)
        let customer = ConfigLoader(root: root, files: files).customer(text: text, path: path, sink: sink)
        let context = check(customer, sink: sink)
        Self.checkRepository([CustomerFacts(context, files: files)],
                             sink: sink)
        let output = sink.diagnostics.contains { $0.severity == .error } ? nil : body(context)
        return TextCheck(diagnostics: Suppression.apply(sink.suppressions, to: sink.diagnostics).sortedAndUnique(),
                         secrets: sink.secrets, files: files.count, output: output)
    }

    /// Checks one customer file given as text with the rule examples' repository
    /// unless another is given; its findings.
    ///
    /// A text of several customers (a rule example across customers) separates them
    /// with a line `---`: each is checked as its own customer, then the rules across
    /// customers run over all of them. Lines keep their numbers in the whole text.
    /// `filesRoot` is where audio files are looked for (nil: not checked).
    public static func check(text: String, path: String, repository: RepositoryConfig = RepositoryConfig(),
                             filesRoot: URL? = nil) -> [Diagnostic] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.contains(where: { $0 == "---" }) else {
            return CustomerChecker(repository: repository, filesRoot: filesRoot).check(text: text, path: path, then: { _ in () })
                .diagnostics
        }
        let checker = CustomerChecker(repository: repository, filesRoot: filesRoot)
        let files = SourceFiles()
        let sink = DiagnosticSink(files: files)
        var facts: [CustomerFacts] = []
        var start = 0
        for end in lines.indices.filter({ lines[$0] == "---" }) + [lines.count] {
            // Blank lines before the document keep its lines where they are in the text.
            let document = String(repeating: "\n", count: start) + lines[start..<end].joined(separator: "\n")
            let customerSink = DiagnosticSink(files: files)
            let customer = ConfigLoader(root: URL(fileURLWithPath: "/"), files: files)
                .customer(text: document, path: path, sink: customerSink)
            let context = checker.check(customer, sink: customerSink)
            facts.append(CustomerFacts(context, files: files))
            sink.append(contentsOf: customerSink.diagnostics)
            start = end + 1
        }
        checkRepository(facts, sink: sink)
        return sink.diagnostics.sortedAndUnique()
    }

    /// Checks one customer given as text and, when it has no error, runs `then` on the
    /// checked customer (tests of the compiler and of build-time rules).
    public static func check<Output>(text: String, path: String, repository: RepositoryConfig = RepositoryConfig(),
                                     then body: (CustomerContext) -> Output) -> (diagnostics: [Diagnostic], output: Output?) {
        let result = CustomerChecker(repository: repository).check(text: text, path: path, then: body)
        return (result.diagnostics, result.output)
    }
}
