import ArgumentParser
import Compiler
import Diagnostics
import Emitters
import Foundation
import Parser
import Validator

/// `pbxc build [PATH…] -o DIR`: check, then compile and emit every customer, then
/// replace DIR with the new tree in one step. Nothing is written when anything fails.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check, then compile every customer and write all outputs to a folder.",
        discussion: """
        Writes per customer routing/routing.json, routing/extensions.conf, routing/pjsip.conf and \
        routing/queues.conf, plus manifest.json (every file with its size and SHA-256). The files are \
        written to a temporary folder and moved into place only when everything succeeded; with an \
        error nothing is written. Device passwords come from the environment: { env: VAR } reads VAR, \
        `generate` derives them from PBXC_MASTER_KEY. pjsip.conf carries them and is written mode 0600.
        """)

    @Argument(help: "Repository, customer folders or customer files (default: the current folder).")
    var paths: [String] = []

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The output folder.", valueName: "dir"))
    var output: String

    @Option(help: "Customers built in parallel (default: the number of cores).")
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
        let year = today.date.year
        let resolver = SecretResolver(source: SecretSource(environment: console.environment, root: layout.root))
        var checker = RepositoryChecker(layout: layout, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        checker.today = today.date
        let (result, outputs) = checker.run { context in
            CustomerBuild.build(context, year: year, resolver: resolver)
        }
        var status = diagnostics.report(result.diagnostics, files: result.files, customers: result.customers,
                                        root: layout.root, secrets: result.secrets, console: console)
        var built: [CustomerBuild.Output] = []
        for output in outputs {
            switch output {
            case .success(let customer): built.append(customer)
            case .failure(let failure):
                console.err("pbxc: error: \(failure.message)\n")
                status = 2
            case nil: break
            }
        }
        guard status == 0 else {
            console.err("pbxc: nothing written to \(output)\n")
            throw ExitCode(status)
        }
        // Warnings per customer, for the index page: diagnostics under its file or folder.
        var warnings: [String: Int] = [:]
        for (source, output) in zip(layout.customers, outputs) {
            guard case .success(let customer)? = output else { continue }
            warnings[customer.id] = result.diagnostics.filter {
                $0.severity == .warning && ($0.location.path == source.path || $0.location.path.hasPrefix(source.path + "/"))
            }.count
        }
        try write(built, layout: layout, year: year, jobs: checker.jobs, warnings: warnings, console: console)
    }

    private func write(_ built: [CustomerBuild.Output], layout: RepositoryLayout, year: Int, jobs: Int,
                       warnings: [String: Int], console: Console) throws {
        var files = built.flatMap(\.files)
        files.append(RepositoryIndexEmitter.emit(built.map {
            RepositoryIndexEmitter.Entry(id: $0.id, name: $0.name, warnings: warnings[$0.id] ?? 0)
        }, partner: nil))
        let inputs = (layout.repositoryFile.map { [$0] } ?? []) + layout.customers.flatMap(\.files)
        let manifest = try ManifestEmitter.emit(
            files: files, customers: built.map(\.id), version: PBXCVersion.current, buildYear: year,
            inputDigest: ManifestEmitter.inputDigest(root: layout.root, files: inputs))
        files.append(manifest)
        let folder = output.hasPrefix("/") ? URL(fileURLWithPath: output)
            : console.currentDirectory.appendingPathComponent(output)
        do {
            try OutputTree.write(files, to: folder, privatePaths: Set(built.flatMap(\.privatePaths)), jobs: jobs)
        } catch {
            console.err("pbxc: error: \(error)\n")
            throw ExitCode(2)
        }
        console.err("pbxc: built \(built.count) customer\(built.count == 1 ? "" : "s"): \(files.count) files in \(output)\n")
    }
}
