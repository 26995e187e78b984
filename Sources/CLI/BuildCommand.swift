import ArgumentParser
import Compiler
import Diagnostics
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
        --clean rebuilds everything. With an error nothing is written. Device passwords come from \
        the environment: { env: VAR } reads VAR, `generate` derives them from PBXC_MASTER_KEY.
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
        let year = today.date.year
        let folder = output.hasPrefix("/") ? URL(fileURLWithPath: output) : console.currentDirectory.appendingPathComponent(output)
        let resolver = SecretResolver(source: SecretSource(environment: console.environment, root: layout.root))
        let repositoryDigest = layout.repositoryFile.flatMap { try? Data(contentsOf: layout.root.appendingPathComponent($0)) }
            .map(ManifestEmitter.sha256) ?? "none"
        // The build cache spares unchanged customers their reading and checking too.
        let cacheURL = BuildCache.location(root: layout.root, output: folder)
        let cacheKey = BuildCache.key(version: PBXCVersion.current, today: "\(today.date)", repositoryDigest: repositoryDigest,
                                      tools: noSvg ? "no svg" : DOTEmitter.toolVersion, masterKey: resolver.source.masterKey)
        let cached = clean ? nil : BuildCache.read(cacheURL, key: cacheKey,
                                                   manifest: folder.appendingPathComponent(ManifestEmitter.path))
        // Without it, the previous manifest still spares them their emitting.
        let previous = clean || cached != nil ? nil : BuildManifest.read(folder).flatMap {
            $0.pbxcVersion == PBXCVersion.current && $0.buildYear == year ? $0 : nil
        }
        let previousFiles = Self.filesByCustomer(previous)
        // A customer is reused only when every file the previous build wrote for it is still there.
        let intact = Set((previous?.customers ?? []).map(\.id).filter { id in
            (previousFiles[id] ?? []).allSatisfy { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0.path).path) }
        })
        let inputs = CustomerBuild.Inputs(
            version: PBXCVersion.current, year: year, root: layout.root, repositoryDigest: repositoryDigest, svg: !noSvg,
            previous: Dictionary((previous?.customers ?? []).filter { intact.contains($0.id) }.map { ($0.id, $0.digest) },
                                 uniquingKeysWith: { a, _ in a }))
        let lookup = CacheLookup(cache: cached?.cache, root: layout.root, output: folder, resolver: resolver)
        // Each customer's files are written to a staging folder as soon as they are emitted.
        let staging: OutputTree.Staging
        do {
            staging = try OutputTree.Staging(folder, inPlace: cached != nil || previous != nil)
        } catch {
            console.err("pbxc: error: \(error)\n")
            throw ExitCode(2)
        }
        var checker = runOptions.checker(layout, console: console)
        checker.today = today.date
        let run = checker.run(reusing: { lookup.reuse($0).map { ($0.0, .success($0.1)) } }) { context in
            Self.stage(CustomerBuild.build(context, inputs: inputs, resolver: resolver), into: staging)
        }
        runOptions.finishProgress(console)
        let result = run.result
        var status = diagnostics.report(result.diagnostics, files: result.files, customers: result.customers,
                                        root: layout.root, secrets: result.secrets, console: console)
        var built: [CustomerBuild.Output] = []
        for case let output? in run.outputs {
            switch output {
            case .success(let customer): built.append(customer)
            case .failure(let failure):
                console.err("pbxc: error: \(failure.message)\n")
                status = 2
            }
        }
        guard status == 0 else {
            staging.discard()
            console.err("pbxc: nothing written to \(output)\n")
            throw ExitCode(status)
        }
        // Reused customers' manifest entries: copied from the previous manifest (cache) or its decoded files.
        var previousParts: [String: ManifestWriter.Part] = [:]
        if let (cache, manifest) = cached {
            previousParts = ManifestWriter.parts(in: manifest, owners: Set(cache.customers.map(\.id))) ?? [:]
        } else {
            for (id, files) in previousFiles { previousParts[id] = ManifestWriter.Part(owner: id, files: files) }
        }
        let previousIDs = cached.map { $0.cache.customers.map(\.id) } ?? previous.map { $0.customers.map(\.id) }
        let manifest = try write(built, warnings: Self.warnings(result, layout: layout, outputs: run.outputs),
                                 staging: staging, previousIDs: previousIDs, previousParts: previousParts,
                                 repositoryDigest: repositoryDigest, year: year, folder: folder, fromCache: lookup.hits,
                                 console: console)
        let cache = BuildCache(run: run, layout: layout, lookup: lookup, key: cacheKey, output: folder, manifest: manifest,
                               resolver: resolver)
        do {
            try cache.write(to: cacheURL, previous: cached?.cache)
        } catch {
            console.err("pbxc: warning: cannot write the build cache \(cacheURL.path): \(error.localizedDescription); the next build checks every customer\n")
        }
    }

    /// Writes a freshly emitted customer's files to the staging folder and keeps only
    /// their manifest entries, so a build holds one customer's bytes per worker.
    static func stage(_ built: Result<CustomerBuild.Output, CustomerBuild.Failure>, into staging: OutputTree.Staging)
        -> Result<CustomerBuild.Output, CustomerBuild.Failure> {
        guard case .success(var output) = built, !output.reused else { return built }
        do {
            try staging.stage(output.files, privatePaths: output.privatePaths)
        } catch {
            return .failure(CustomerBuild.Failure(message: "\(error)"))
        }
        output.entries = output.files.map(BuildManifest.File.init)
        output.files = []
        return .success(output)
    }

    /// Warnings per customer, for the index page: findings in its file or folder.
    static func warnings(_ result: RepositoryChecker.Result, layout: RepositoryLayout,
                         outputs: [Result<CustomerBuild.Output, CustomerBuild.Failure>?]) -> [String: Int] {
        var warnings: [String: Int] = [:]
        for (source, output) in zip(layout.customers, outputs) {
            guard case .success(let customer)? = output else { continue }
            warnings[customer.id] = result.diagnostics.filter {
                $0.severity == .warning && ($0.location.path == source.path || $0.location.path.hasPrefix(source.path + "/"))
            }.count
        }
        return warnings
    }

    /// A previous manifest's files by customer id (a file is a customer's when it is in
    /// its folder or is its bundle), grouped once: builds have thousands of each.
    static func filesByCustomer(_ manifest: BuildManifest?) -> [String: [BuildManifest.File]] {
        guard let manifest else { return [:] }
        let ids = Set(manifest.customers.map(\.id))
        var result: [String: [BuildManifest.File]] = [:]
        for file in manifest.files {
            if let id = BuildManifest.File.owner(of: file.path), ids.contains(id) { result[id, default: []].append(file) }
        }
        return result
    }

    /// Writes index.html and manifest.json and commits the staged build: in place over
    /// a previous build, else by swapping in a new folder. Returns the manifest.
    private func write(_ built: [CustomerBuild.Output], warnings: [String: Int], staging: OutputTree.Staging,
                       previousIDs: [String]?, previousParts: [String: ManifestWriter.Part], repositoryDigest: String,
                       year: Int, folder: URL, fromCache: Int, console: Console) throws -> Data {
        let customers = built.map {
            BuildManifest.Customer(id: $0.id, name: $0.name, warnings: warnings[$0.id] ?? 0, digest: $0.digest)
        }
        let index = RepositoryIndexEmitter.emit(customers.map {
            RepositoryIndexEmitter.Entry(id: $0.id, name: $0.name, warnings: $0.warnings)
        }, partner: nil)
        let fresh = built.filter { !$0.reused }
        var parts = fresh.map { ManifestWriter.Part(owner: $0.id, files: $0.entries) }
        parts += built.filter(\.reused).compactMap { previousParts[$0.id] }
        parts.append(ManifestWriter.Part(owner: nil, files: [BuildManifest.File(index)]))
        let manifest: EmittedFile
        do {
            manifest = try ManifestEmitter.emit(
                BuildManifest(pbxcVersion: PBXCVersion.current, buildYear: year, repositoryDigest: repositoryDigest,
                              customers: customers, files: []), parts: parts)
            let kept = Set(built.map(\.id))
            try staging.commit(top: [index, manifest], removed: (previousIDs ?? []).filter { !kept.contains($0) })
        } catch {
            staging.discard()
            console.err("pbxc: error: \(error)\n")
            throw ExitCode(2)
        }
        let reused = built.count - fresh.count
        let fileCount = parts.reduce(0) { $0 + $1.fileCount } + 1
        console.err("pbxc: built \(built.count) customer\(built.count == 1 ? "" : "s")"
            + (reused > 0 ? " (\(fresh.count) rebuilt, \(reused) unchanged)" : "")
            + ": \(fileCount) files in \(output)"
            + (fromCache > 0 ? "; \(fromCache) not re-read (build cache)" : "") + "\n")
        return manifest.contents
    }
}
