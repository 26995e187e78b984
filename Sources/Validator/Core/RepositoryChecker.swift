import Diagnostics
import Foundation
import Parser

/// `pbxc check` as a library: load each customer, run the customer rules on it,
/// keep only the facts that repository-wide rules need, and drop the rest — so that
/// memory stays proportional to one customer, not to the repository.
public struct RepositoryChecker {
    public struct Result {
        public var diagnostics: [Diagnostic]
        public var files: Int
        public var customers: Int
    }

    public let layout: RepositoryLayout
    public var limits: YAMLLimits = .default

    public init(layout: RepositoryLayout) {
        self.layout = layout
    }

    public func run() -> Result {
        let files = SourceFiles()
        let sink = DiagnosticSink(files: files)
        let loader = ConfigLoader(root: layout.root, files: files, limits: limits)
        let repository = loader.repositoryConfig(layout.repositoryFile, sink: sink)
        let repositoryContext = RepositoryContext(sink: sink)
        for source in layout.customers {
            let customer = loader.customer(source, sink: sink)
            Self.check(customer, repository: repository, sink: sink, facts: repositoryContext)
        }
        for rule in RuleRegistry.repositoryRules { rule.check(repositoryContext) }
        return Result(diagnostics: sink.diagnostics.sortedAndUnique(), files: files.count,
                      customers: layout.customers.count)
    }

    /// Runs every customer rule on one customer and records its repository facts.
    public static func check(_ customer: Customer, repository: RepositoryConfig, sink: DiagnosticSink,
                             facts: RepositoryContext? = nil) {
        let context = CustomerContext(customer: customer, repository: repository, sink: sink)
        for rule in RuleRegistry.customerRules { rule.check(context) }
        facts?.record(context)
    }

    /// Checks one customer file given as text (standard input, rule examples).
    public static func check(text: String, path: String, repository: RepositoryConfig = RepositoryConfig())
        -> [Diagnostic] {
        let files = SourceFiles()
        let sink = DiagnosticSink(files: files)
        let customer = ConfigLoader(root: URL(fileURLWithPath: "/"), files: files)
            .customer(text: text, path: path, sink: sink)
        let facts = RepositoryContext(sink: sink)
        check(customer, repository: repository, sink: sink, facts: facts)
        for rule in RuleRegistry.repositoryRules { rule.check(facts) }
        return sink.diagnostics.sortedAndUnique()
    }
}
