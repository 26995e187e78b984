import ArgumentParser
import Build
import Compiler
import Diagnostics
import Domain
import Emitters
import Foundation
import Parser
import Validator

/// `pbxc build [PATH…] -o DIR`: check, then compile and emit every customer. A first
/// build (or `--clean`) replaces DIR in one step; later builds update it in place and
/// re-emit only customers whose inputs changed. Nothing is written when anything fails.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check, then compile every customer and write all outputs to a folder.",
        discussion: """
        Writes per customer routing/ (routing.json, Asterisk files, call-flow diagrams), provisioning/, \
        porting/, orders/, index.html and <customer>.zip, plus index.html and manifest.json (every file \
        with its size and SHA-256, every customer with its input digest). A first build writes a \
        temporary folder and moves it into place; a later build reads, checks and re-emits only the \
        customers whose inputs changed (their files, pbxc.yaml, pbxc, the date, their passwords), keeping \
        what it knows of the others in .pbxc-cache/ at the repository root, and removes deleted ones; \
        --clean rebuilds everything. With an error nothing is written. pbxc replaces only what its previous \
        build in DIR wrote: it refuses a folder holding anything else, the repository itself or a .git folder; \
        building some customers (paths, --shard) keeps the others. Device passwords come from \
        the environment: { env: VAR } reads VAR, `generate` derives them from PBXC_MASTER_KEY.

        Examples:
          pbxc build -o out
              every customer into out/
          pbxc build customers/acme -o out
              one customer
          pbxc build --shard 2/4 -o out-2
              shard 2 of 4 CI jobs (then pbxc merge)
        """)

    @Argument(help: "Repository, customer folders or customer files (default: the current folder).")
    var paths: [String] = []

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The output folder.", valueName: "dir"))
    var output: String

    @Flag(help: "Rebuild every customer and replace the output folder in one step.")
    var clean = false

    @Flag(help: "Do not draw callflow.svg with Graphviz (a process per customer: the slowest part of a first build).")
    var noSvg = false

    @OptionGroup var runOptions: RunOptions
    @OptionGroup var today: TodayOption
    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let console = Console.current
        let layout = try runOptions.layout(paths, console: console)
        func url(_ path: String) -> URL {
            (path.hasPrefix("/") ? URL(fileURLWithPath: path) : console.currentDirectory.appendingPathComponent(path)).standardizedFileURL
        }
        var build = RepositoryBuild(layout: layout, output: url(output), today: today.date, version: PBXCVersion.current,
                                    environment: console.environment)
        build.clean = clean
        // Anything but the whole repository: the output's other customers are kept.
        build.partial = runOptions.shard != nil || (paths.isEmpty ? ["."] : paths).contains { url($0).path != layout.root.path }
        build.svg = !noSvg
        let summary: RepositoryBuild.Summary
        do {
            let progress = runOptions.progress(console)
            var reporter = diagnostics
            reporter.quiet = runOptions.quiet
            let diagnostics = reporter
            summary = try build.run(checker: runOptions.checker(layout, progress: progress)) { result in
                progress?.finish()
                return diagnostics.report(result.diagnostics, files: result.files, customers: result.customers,
                                          root: layout.root, secrets: result.secrets, console: console)
            }
        } catch {
            for message in error.messages { console.err("pbxc: error: \(message)\n") }
            if error.discarded { console.err("pbxc: nothing written to \(output)\n") }
            throw ExitCode(error.status)
        }
        if runOptions.quiet { return }
        for warning in summary.warnings { console.err("pbxc: warning: \(warning)\n") }
        if !summary.rewritten.isEmpty {
            let count = summary.rewritten.count, listed = summary.rewritten.prefix(10).joined(separator: ", ")
            console.err("pbxc: rewrote \(count) file\(count == 1 ? "" : "s") changed since the last build: \(listed)"
                + (count > 10 ? " and \(count - 10) more" : "") + "\n")
        }
        let reused = summary.customers - summary.rebuilt
        console.err("pbxc: built \(summary.customers) customer\(summary.customers == 1 ? "" : "s")"
            + (reused > 0 ? " (\(summary.rebuilt) rebuilt, \(reused) unchanged)" : "")
            + ": \(summary.files) files in \(output)"
            + (summary.fromCache > 0 ? "; \(summary.fromCache) not re-read (build cache)" : "")
            + (summary.kept > 0 ? "; kept \(summary.kept) other customer\(summary.kept == 1 ? "" : "s")" : "")
            + (summary.removed.isEmpty ? "" : "; removed: \(summary.removed.joined(separator: ", "))") + "\n")
    }
}
