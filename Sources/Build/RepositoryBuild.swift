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
/// reading through the build cache. Nothing is written when anything fails. The
/// output folder is claimed first (`OutputFolder.claim`): pbxc deletes or replaces only
/// what its previous build there wrote, and one build at a time.
public struct RepositoryBuild {
    public var layout: RepositoryLayout
    /// The output folder.
    public var output: URL
    /// Rebuild every customer and replace the output folder in one step.
    public var clean = false
    /// Only some of the repository's customers are built (customer paths, a shard):
    /// the previous build's other customers stay in the output as they are.
    public var partial = false
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
        /// Customers built (rebuilt or found unchanged).
        public var customers: Int
        /// The previous build's customers a partial build kept as they were.
        public var kept: Int
        public var rebuilt: Int
        public var files: Int
        /// Customers not re-read at all (the build cache held).
        public var fromCache: Int
        /// Problems that did not stop the build (the cache could not be written).
        public var warnings: [String]
        /// Customers of the previous build that this (full) build removed, sorted.
        public var removed: [String]
        /// Output files found changed or missing since the previous build, written again.
        public var rewritten: [String]
    }

    /// Runs the build with `checker` (its jobs, limits, progress). `judge` sees the
    /// check's findings before anything is committed and returns the exit status they
    /// deserve (it prints them); anything but 0 discards the build.
    public func run(checker: RepositoryChecker, judge: (RepositoryChecker.Result) -> Int32) throws(Failure) -> Summary {
        let claim: OutputClaim
        do {
            claim = try OutputFolder.claim(output, repositoryRoot: layout.root)
        } catch {
            throw Failure(status: 2, messages: ["\(error)"])
        }
        defer { claim.release() }
        let output = claim.folder, found = claim.previous
        if !partial, layout.customers.isEmpty, let count = found?.customers.count, count > 0 {
            throw Failure(status: 2, messages: [
                "found no customers in \(layout.root.path), and \(self.output.path) holds the build of \(count) "
                    + "customer\(count == 1 ? "" : "s"), which this build would remove; run pbxc in the repository "
                    + "(or name it), or delete \(self.output.path) first if they are to go"])
        }
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
        let cached = clean ? nil : claim.previousData.flatMap { BuildCache.read(cacheURL, key: cacheKey, manifest: $0) }
        // Without it, the previous manifest still spares them their emitting.
        let previous = clean || cached != nil ? nil : found.flatMap {
            $0.pbxcVersion == version && $0.buildYear == year ? $0 : nil
        }
        let previousFiles = BuildManifest.filesByCustomer(found)
        // A customer is reused only when its files in the output are still the ones the previous build wrote.
        let verifier = OutputVerifier(folder: output, files: previousFiles, stamps: claim.stamps)
        let previousDigests = Dictionary((previous?.customers ?? []).map { ($0.id, $0.digest) }, uniquingKeysWith: { a, _ in a })
        let cachedEntries = cached?.cache
        let inputs = {
            var inputs = CustomerBuild.Inputs(
                version: version, year: year, repositoryDigest: repositoryDigest, svg: svg,
                previousDigest: { id in cachedEntries?.digest(of: id) ?? previousDigests[id] })
            inputs.outputsIntact = { verifier.verify($0).intact }
            return inputs
        }()
        let lookup = CacheLookup(cache: cached?.cache, root: layout.root, resolver: resolver, verifier: verifier)
        // Each customer's files are written to a staging folder as soon as they are emitted;
        // a partial build never replaces the whole folder (it holds customers it does not build).
        let staging: OutputTree.Staging
        do {
            staging = try OutputTree.Staging(output, inPlace: found != nil && (!clean || partial))
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
        // The previous build's customers this one did not build: kept by a partial build, removed by a full one.
        let kept = Set(built.map(\.id))
        let others = (found?.customers ?? []).filter { !kept.contains($0.id) }
        let carried = partial ? others : []
        // Reused and kept customers' manifest entries: copied from the previous manifest (cache) or its decoded files.
        var previousParts = cached.flatMap { ManifestWriter.parts(in: $0.manifest, owners: Set($0.cache.customers.map(\.id))) } ?? [:]
        for id in built.filter(\.reused).map(\.id) + carried.map(\.id) where previousParts[id] == nil {
            previousParts[id] = previousFiles[id].map { ManifestWriter.Part(owner: id, files: $0) }
        }
        let counts = Self.findings(run.result, layout: layout, outputs: run.outputs)
        let (manifest, files) = try commit(built, carried: carried, removed: partial ? [] : others.map(\.id),
                                           warnings: counts.warnings, errors: counts.errors,
                                           previous: Dictionary((found?.customers ?? []).map { ($0.id, $0) },
                                                                uniquingKeysWith: { a, _ in a }),
                                           partner: prepared.repository.partner?.name?.value,
                                           server: Self.nginxServer(prepared.repository.platform),
                                           staging: staging, previousParts: previousParts,
                                           repositoryDigest: repositoryDigest, year: year)
        var summary = Summary(customers: built.count, kept: carried.count, rebuilt: built.filter { !$0.reused }.count, files: files,
                              fromCache: lookup.hits, warnings: [], removed: partial ? [] : others.map(\.id).sorted(),
                              rewritten: verifier.changed)
        var cache = BuildCache(run: run, layout: layout, lookup: lookup, key: cacheKey, output: output, manifest: manifest,
                               resolver: resolver)
        // Kept customers keep their entries, so the next full build need not rebuild them.
        let carriedIDs = Set(carried.map(\.id)), builtSources = Set(layout.customers.map(\.path))
        cache.keep((cached?.cache.customers ?? []).filter { carriedIDs.contains($0.id) && !builtSources.contains($0.source) })
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

    /// Warnings and errors per customer, for the index page: findings in its file or folder.
    static func findings(_ result: RepositoryChecker.Result, layout: RepositoryLayout,
                         outputs: [Result<CustomerBuild.Output, CustomerBuild.Failure>?])
        -> (warnings: [String: Int], errors: [String: Int]) {
        var warnings: [String: Int] = [:], errors: [String: Int] = [:]
        for (source, output) in zip(layout.customers, outputs) {
            guard case .success(let customer)? = output else { continue }
            let own = result.diagnostics.filter {
                $0.location.path == source.path || $0.location.path.hasPrefix(source.path + "/")
            }
            warnings[customer.id] = own.filter { $0.severity == .warning }.count
            errors[customer.id] = own.filter { $0.severity == .error }.count
        }
        return (warnings, errors)
    }

    /// Writes index.html and manifest.json and commits the staged build: in place over
    /// a previous build, else by swapping in a new folder. `carried` are the previous
    /// build's customers a partial build keeps; `removed` those a full build deletes.
    /// Returns the manifest and the number of files the build holds.
    private func commit(_ built: [CustomerBuild.Output], carried: [BuildManifest.Customer], removed: [String],
                        warnings: [String: Int], errors: [String: Int], previous: [String: BuildManifest.Customer],
                        partner: String?, server: EmittedFile?, staging: OutputTree.Staging, previousParts: [String: ManifestWriter.Part],
                        repositoryDigest: String, year: Int) throws(Failure) -> (Data, Int) {
        let customers = built.map {
            BuildManifest.Customer(id: $0.id, name: $0.name, warnings: warnings[$0.id] ?? 0, digest: $0.digest,
                                   errors: errors[$0.id] ?? 0, porting: $0.porting ?? previous[$0.id]?.porting,
                                   orders: $0.orders ?? previous[$0.id]?.orders)
        } + carried
        let index = RepositoryIndexEmitter.emit(customers.map {
            RepositoryIndexEmitter.Entry(id: $0.id, name: $0.name, warnings: $0.warnings, errors: $0.errors ?? 0,
                                         porting: $0.porting ?? [], orders: $0.orders ?? [])
        }, partner: partner, built: "\(today)")
        var parts = built.filter { !$0.reused }.map { ManifestWriter.Part(owner: $0.id, files: $0.entries) }
        parts += (built.filter(\.reused).map(\.id) + carried.map(\.id)).compactMap { previousParts[$0] }
        let top = [index] + (server.map { [$0] } ?? [])
        parts.append(ManifestWriter.Part(owner: nil, files: top.map(BuildManifest.File.init)))
        let manifest: EmittedFile
        do {
            manifest = try ManifestEmitter.emit(
                BuildManifest(pbxcVersion: version, buildYear: year, repositoryDigest: repositoryDigest,
                              customers: customers, files: [], partner: partner, buildDate: "\(today)"), parts: parts)
            try staging.commit(top: top + [manifest], removed: removed)
        } catch {
            staging.discard()
            throw Failure(status: 2, messages: ["\(error)"])
        }
        return (manifest.contents, parts.reduce(0) { $0 + $1.fileCount } + 1)
    }

    /// `nginx-server.conf`, when pbxc.yaml has `platform.serving`.
    static func nginxServer(_ platform: RepositoryConfig.Platform?) -> EmittedFile? {
        guard let platform, let serving = platform.serving else { return nil }
        return NginxServerEmitter.emit(NginxServerEmitter.Settings(
            outputFolder: serving.outputFolder?.value, listen: serving.listen?.value, certificate: serving.tlsCertificate?.value,
            key: serving.tlsCertificateKey?.value, provisioningURL: platform.provisioningURL?.value))
    }
}
