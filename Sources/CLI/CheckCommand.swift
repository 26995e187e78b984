import ArgumentParser
import Diagnostics
import Foundation
import Parser
import Validator

/// `pbxc check [PATH…]`: parse and validate, report every finding.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse and validate the repository, or the named customers and files.",
        discussion: """
        With no path, checks the repository in the current folder. A path may be the repository, a \
        customer folder or a customer file. Diagnostics go to stderr (text) or stdout (json).
        """)

    @Argument(help: "Repository, customer folders or customer files (default: the current folder).")
    var paths: [String] = []

    @Option(help: "Customers checked in parallel (default: the number of cores).")
    var jobs: Int?

    @OptionGroup var today: TodayOption
    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let console = Console.current
        let layout: RepositoryLayout
        do {
            layout = try RepositoryLayout.discover(paths: paths, currentDirectory: console.currentDirectory)
        } catch {
            throw UsageError(description: "\(error)")
        }
        var checker = RepositoryChecker(layout: layout, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        checker.today = today.date
        let result = checker.run()
        let status = diagnostics.report(result.diagnostics, files: result.files, customers: result.customers,
                                        root: layout.root, secrets: result.secrets, console: console)
        if status != 0 { throw ExitCode(status) }
    }
}

/// `--format` and `--warnings-as-errors`, shared by the commands that report diagnostics.
struct DiagnosticOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "How to print diagnostics: text (for people) or json (for tools).")
    var format: Format = .text

    @Flag(help: "Treat warnings as errors (exit 1 when there are any).")
    var warningsAsErrors = false

    /// Prints `diagnostics` and returns the exit status they call for.
    func report(_ diagnostics: [Diagnostic], files: Int, customers: Int, root: URL, secrets: [SecretSpan] = [],
                console: Console) -> Int32 {
        let shown = warningsAsErrors
            ? diagnostics.map { var d = $0; d.severity = .error; return d } : diagnostics
        let summary = DiagnosticSummary(diagnostics: shown, files: files, customers: customers)
        switch format {
        case .json:
            console.out(JSONRenderer().render(shown, summary: summary))
        case .text:
            let renderer = TextRenderer(color: console.useColor, sources: FileSourceLines(root: root, secrets: secrets))
            console.err(renderer.render(shown))
            console.err(renderer.summary(summary))
        }
        return summary.errors > 0 ? 1 : 0
    }
}
