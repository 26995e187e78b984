import ArgumentParser
import Build
import Diagnostics
import Domain
import Foundation
import Parser
import Validator

/// `pbxc check [PATH…]`: parse and validate, report every finding.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse and validate the repository, or the named customers and files.",
        discussion: """
        With no path, checks the repository around the current folder (found upwards, as git finds its \
        own). A path may be the repository, a customer folder or a file; a file of a customer folder is \
        checked with the rest of its customer. Diagnostics go to stderr (text) or stdout (the other formats).

        Examples:
          pbxc check
              the whole repository, from any of its folders
          pbxc check customers/acme
              one customer
          pbxc check --quiet
              errors only, nothing else
          pbxc check --format sarif --output pbxc.sarif
              for code scanning in CI
          pbxc check - --stdin-filename customers/acme/users.yaml < buffer.yaml
              an editor's buffer, with the rest of acme
        """)

    @Argument(help: "Repository, customer folders or customer files (default: the repository around the current folder); `-` reads one customer file from standard input.")
    var paths: [String] = []

    @Option(help: ArgumentHelp("The file standard input stands for (with `-`): the other files of its customer folder are read from disk.", valueName: "path"))
    var stdinFilename: String = "stdin.yaml"

    @OptionGroup var runOptions: RunOptions

    @Option(help: ArgumentHelp("Check only the customers changed since this git revision (rules across customers still see all of them).",
                               valueName: "rev"))
    var changedSince: String?

    @Option(help: ArgumentHelp("Write the diagnostics to this file instead of the terminal.", valueName: "file"))
    var output: String?

    @OptionGroup var today: TodayOption
    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let console = Console.current
        var diagnostics = diagnostics
        diagnostics.output = output
        diagnostics.quiet = runOptions.quiet
        if paths == ["-"] {
            // The buffer's repository is the one around the file it stands for, else the current one.
            let named = stdinFilename.hasPrefix("/") ? URL(fileURLWithPath: stdinFilename)
                : console.currentDirectory.appendingPathComponent(stdinFilename)
            let root = RepositoryLayout.repositoryRoot(around: named.deletingLastPathComponent())
                ?? (try? RepositoryLayout.discover(paths: [], currentDirectory: console.currentDirectory).root)
                ?? console.currentDirectory
            let path = named.relativePath(from: root)
            let text = String(decoding: console.input(), as: UTF8.self)
            let result = RepositoryChecker.check(text: text, path: path, root: root, today: today.date)
            // Its source lines come from the text read, never from a file of that name.
            let status = diagnostics.report(result.diagnostics, files: result.files, customers: 1, root: root,
                                            texts: [path: text], secrets: result.secrets, console: console)
            if status != 0 { throw ExitCode(status) }
            return
        }
        let layout = try runOptions.layout(paths, console: console)
        let progress = runOptions.progress(console)
        var checker = runOptions.checker(layout, progress: progress)
        checker.today = today.date
        if let changedSince {
            checker.ruleCustomers = try ChangedFiles.customers(since: changedSince, layout: layout, directory: console.currentDirectory)
        }
        let result = checker.run()
        progress?.finish()
        let status = diagnostics.report(result.diagnostics, files: result.files, customers: result.customers,
                                        root: layout.root, secrets: result.secrets, console: console)
        if status != 0 { throw ExitCode(status) }
    }
}

/// `--format` and `--warnings-as-errors`, shared by the commands that report diagnostics.
struct DiagnosticOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github, gitlab
    }

    @Option(help: "How to print diagnostics: text (people), json (tools), sarif (code scanning), github (workflow annotations) or gitlab (Code Quality).")
    var format: Format = .text

    /// Where the diagnostics go instead of the terminal (`check --output FILE`; `build`
    /// uses `-o` for its folder, so this one is not a shared option).
    var output: String?

    @Flag(help: "Treat warnings as errors (exit 1 when there are any).")
    var warningsAsErrors = false

    /// Errors only, and no summary (`--quiet` of `check` and `build`, in RunOptions).
    var quiet = false

    /// Prints `diagnostics` and returns the exit status they call for.
    /// `texts`: what was checked from memory (standard input), by its path.
    func report(_ diagnostics: [Diagnostic], files: Int, customers: Int, root: URL, texts: [String: String] = [:],
                secrets: [SecretSpan] = [], console: Console) -> Int32 {
        let promoted = warningsAsErrors
            ? diagnostics.map { var d = $0; d.severity = .error; return d } : diagnostics
        let shown = quiet ? promoted.filter { $0.severity == .error } : promoted
        let summary = DiagnosticSummary(diagnostics: shown, files: files, customers: customers)
        let rendered: String
        var toStandardError = false
        switch format {
        case .json: rendered = JSONRenderer().render(shown, summary: summary)
        case .sarif: rendered = SARIFRenderer(version: PBXCVersion.current, rules: Self.ruleMetadata).render(shown)
        case .github: rendered = GitHubRenderer().render(shown, summary: summary)
        case .gitlab: rendered = GitLabRenderer().render(shown)
        case .text:
            let renderer = TextRenderer(color: console.useColor && output == nil,
                                        sources: FileSourceLines.config(root: root, texts: texts, secrets: secrets))
            rendered = renderer.render(shown) + (quiet ? "" : renderer.summary(summary))
            toStandardError = true
        }
        if let output {
            let url = output.hasPrefix("/") ? URL(fileURLWithPath: output) : console.currentDirectory.appendingPathComponent(output)
            do {
                try Data(rendered.utf8).write(to: url, options: .atomic)
            } catch {
                console.err("pbxc: error: cannot write \(output): \((error as NSError).localizedFailureReason ?? "\(error)")\n")
                return 2
            }
            if format != .text, !quiet { console.err(TextRenderer(color: false, sources: nil).summary(summary)) }
        } else if toStandardError {
            if !rendered.isEmpty { console.err(rendered) }
        } else {
            console.out(rendered)
        }
        return summary.errors > 0 ? 1 : 0
    }

    /// The catalog's rules, as code-scanning formats describe them.
    static let ruleMetadata: [RuleMetadata] = RuleRegistry.all.map {
        RuleMetadata(id: $0.id, severity: $0.severity, summary: $0.summary, rationale: $0.rationale)
    }
}
