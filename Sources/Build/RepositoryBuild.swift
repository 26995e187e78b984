import Compiler
import Diagnostics
import Domain
import Emitters
import Foundation
import Parser
import Validator

/// `pbxc build` as a library: check every customer, compile and emit each clean one
/// in the worker that checked it, then commit the whole output folder in one step.
/// A first build (or `clean`) replaces the folder; later builds update it in place and
/// re-emit only customers whose inputs changed, sparing unchanged ones even their
/// reading through the build cache. Nothing is written when anything fails.
public struct RepositoryBuild {
    public var layout: RepositoryLayout
    /// The output folder.
    public var output: URL
    /// Rebuild every customer and replace the output folder in one step.
    public var clean = false
    /// Draw callflow.svg with Graphviz.
    public var svg = true
    /// The build date: its year decides the holidays spelled out.
    public var today: LocalDate
    /// pbxc's version: part of every customer's digest and of the manifest.
    public var version: String
    /// The environment device passwords may come from (only the variables `pbxc.yaml`
    /// declares as secret sources are read) and `PBXC_MASTER_KEY`.
    public var environment: [String: String]

    public init(layout: RepositoryLayout, output: URL, today: LocalDate, version: String, environment: [String: String]) {
        self.layout = layout
        self.output = output
        self.today = today
        self.version = version
        self.environment = environment
    }

    /// Why nothing was written: `status` is the exit status, `messages` what to tell;
    /// `discarded` when the customers were checked and their outputs thrown away
    /// (findings, or a customer's outputs could not be written).
    public struct Failure: Error {
        public var status: Int32
        public var messages: [String]
        public var discarded = false
    }

    /// What a successful build did.
    public struct Summary {
        public var customers: Int
        public var rebuilt: Int
        public var files: Int
        /// Customers not re-read at all (the build cache held).
        public var fromCache: Int
        /// Problems that did not stop the build (the cache could not be written).
        public var warnings: [String]
    }

    /// Runs the build with `checker` (its jobs, limits, progress). `judge` sees the
    /// check's findings before anything is committed and returns the exit status they
    /// deserve (it prints them); anything but 0 discards the build.
    public func run(checker: RepositoryChecker, judge: (RepositoryChecker.Result) -> Int32) throws(Failure) -> Summary {
        let year = today.year
        // Every file is read once: digested as it is read, never read again for the digests.
        var checker = checker
        checker.today = today
        checker.contentDigest = { ContentDigest.sha256($0) }
        let prepared = checker.prepare()
        let resolver = SecretResolver(source: SecretSource(environment: environment, root: layout.root,
                                                           declared: prepared.repository.secrets))
        let repositoryDigest = prepared.repositoryDigest ?? "none"
        // The build cache spares unchanged customers their reading and checking too.
        let cacheURL = BuildCache.location(root: layout.root, output: output)
        let cacheKey = BuildCache.key(version: version, today: "\(today)", repositoryDigest: repositoryDigest,
                                      tools: svg ? DOTEmitter.toolVersion : "no svg", masterKey: resolver.source.masterKey)
        let cached = clean ? nil : BuildCache.read(cacheURL, key: cacheKey,
                                                   manifest: output.appendingPathComponent(ManifestEmitter.path))
        // Without it, the previous manifest still spares them their emitting.
        let previous = clean || cached != nil ? nil : BuildManifest.read(output).flatMap {
            $0.pbxcVersion == version && $0.buildYear == year ? $0 : nil
        }
        let previousFiles = BuildManifest.filesByCustomer(previous)
        // A customer is reused only when every file the previous build wrote for it is still there.
        let intact = Set((previous?.customers ?? []).map(\.id).filter { id in
            (previousFiles[id] ?? []).allSatisfy { FileManager.default.fileExists(atPath: output.appendingPathComponent($0.path).path) }
        })
        let previousDigests = Dictionary((previous?.customers ?? []).filter { intact.contains($0.id) }.map { ($0.id, $0.digest) },
                                         uniquingKeysWith: { a, _ in a })
        let cachedEntries = cached?.cache, folder = output
        let inputs = CustomerBuild.Inputs(
            version: version, year: year, root: layout.root, repositoryDigest: repositoryDigest, svg: svg,
            previousDigest: { id in cachedEntries?.intactDigest(of: id, output: folder) ?? previousDigests[id] })
        let lookup = CacheLookup(cache: cached?.cache, root: layout.root, output: output, resolver: resolver)
        // Each customer's files are written to a staging folder as soon as they are emitted.
        let staging: OutputTree.Staging
        do {
            staging = try OutputTree.Staging(output, inPlace: cached != nil || previous != nil)
        } catch {
            throw Failure(status: 2, messages: ["\(error)"])
        }
        let run = checker.run(prepared, reusing: { lookup.reuse($0).map { ($0.0, .success($0.1)) } }) { context in
            Self.stage(CustomerBuild.build(context, inputs: inputs, resolver: resolver), into: staging)
        }
        var status = judge(run.result)
        var messages: [String] = []
        var built: [CustomerBuild.Output] = []
        for case let customer? in run.outputs {
            switch customer {
            case .success(let customer): built.append(customer)
            case .failure(let failure):
                messages.append(failure.message)
                status = 2
            }
        }
        guard status == 0 else {
            staging.discard()
            throw Failure(status: status, messages: messages, discarded: true)
        }
        // Reused customers' manifest entries: copied from the previous manifest (cache) or its decoded files.
        var previousParts: [String: ManifestWriter.Part] = [:]
        if let (cache, manifest) = cached {
            previousParts = ManifestWriter.parts(in: manifest, owners: Set(cache.customers.map(\.id))) ?? [:]
        } else {
            for (id, files) in previousFiles { previousParts[id] = ManifestWriter.Part(owner: id, files: files) }
        }
        let previousIDs = cached.map { $0.cache.customers.map(\.id) } ?? previous.map { $0.customers.map(\.id) }
        let (manifest, files) = try commit(built, warnings: Self.warnings(run.result, layout: layout, outputs: run.outputs),
                                           staging: staging, previousIDs: previousIDs, previousParts: previousParts,
                                           repositoryDigest: repositoryDigest, year: year)
        var summary = Summary(customers: built.count, rebuilt: built.filter { !$0.reused }.count, files: files,
                              fromCache: lookup.hits, warnings: [])
        let cache = BuildCache(run: run, layout: layout, lookup: lookup, key: cacheKey, output: output, manifest: manifest,
                               resolver: resolver)
        do {
            try cache.write(to: cacheURL, previous: cached?.cache)
        } catch {
            summary.warnings.append("cannot write the build cache \(cacheURL.path): \(error.localizedDescription); the next build checks every customer")
        }
        return summary
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

    /// Writes index.html and manifest.json and commits the staged build: in place over
    /// a previous build, else by swapping in a new folder. Returns the manifest and the
    /// number of files the build holds.
    private func commit(_ built: [CustomerBuild.Output], warnings: [String: Int], staging: OutputTree.Staging,
                        previousIDs: [String]?, previousParts: [String: ManifestWriter.Part], repositoryDigest: String,
                        year: Int) throws(Failure) -> (Data, Int) {
        let customers = built.map {
            BuildManifest.Customer(id: $0.id, name: $0.name, warnings: warnings[$0.id] ?? 0, digest: $0.digest)
        }
        let index = RepositoryIndexEmitter.emit(customers.map {
            RepositoryIndexEmitter.Entry(id: $0.id, name: $0.name, warnings: $0.warnings)
        }, partner: nil)
        var parts = built.filter { !$0.reused }.map { ManifestWriter.Part(owner: $0.id, files: $0.entries) }
        parts += built.filter(\.reused).compactMap { previousParts[$0.id] }
        parts.append(ManifestWriter.Part(owner: nil, files: [BuildManifest.File(index)]))
        let manifest: EmittedFile
        do {
            manifest = try ManifestEmitter.emit(
                BuildManifest(pbxcVersion: version, buildYear: year, repositoryDigest: repositoryDigest,
                              customers: customers, files: []), parts: parts)
            let kept = Set(built.map(\.id))
            try staging.commit(top: [index, manifest], removed: (previousIDs ?? []).filter { !kept.contains($0) })
        } catch {
            staging.discard()
            throw Failure(status: 2, messages: ["\(error)"])
        }
        return (manifest.contents, parts.reduce(0) { $0 + $1.fileCount } + 1)
    }
}
