import Compiler
import Domain
import Crypto
import Emitters
import Foundation
import Parser
import Validator

/// The state an incremental `pbxc build` keeps between runs, so that after one
/// customer changed it reads, checks and emits that customer only. Per customer: the
/// stamps and SHA-256 of its source files, its check (findings, suppressions, the
/// facts rules across customers need, the files its rules looked for and whether each
/// was there), its output digest, and the stamps of its output files (so a file edited
/// by hand is seen without hashing every output). Unchanged customers' entries in `manifest.json` are copied from the
/// previous manifest (ManifestWriter.parts(in:)), which the cache names by SHA-256.
///
/// It is an SQLite database in the repository, `.pbxc-cache/build-<output>.sqlite`
/// (like a linter's cache), not in the output folder, whose bytes must not depend on
/// when or where it was built; a build updates only the rows of customers that
/// changed, in one transaction. It holds no secret: only HMACs keyed with the master
/// key, and customers with passwords written in YAML keep no check. Anything
/// unexpected — another pbxc, year, date, pbxc.yaml, option or master key, a manifest
/// it does not match, a damaged file — and it is not used: the build checks everything.
public struct BuildCache: Sendable {
    public static let folder = ".pbxc-cache"
    static let currentFormat = "6"
    /// A file modified less than this before its stamp was taken is hashed next time,
    /// not trusted by its stamp (a coarse file-system clock could hide a second change).
    static let racyWindow: Int64 = 2_000_000_000
    /// The caches of the most recent output folders are kept (one per output folder,
    /// so builds into temporary folders would otherwise pile up).
    static let kept = 8

    /// What every customer's check and outputs share (`key(...)`).
    public var key: String
    /// SHA-256 of the manifest.json the cached customers' entries are copied from.
    public var manifestSHA256: String
    public var customers: [Entry]
    /// Sources whose entry is the previous cache's, unchanged (not written again).
    var untouched: Set<String> = []

    public struct Entry: Sendable, Equatable {
        /// The customer's source (file or folder) relative to the repository root.
        public var source: String
        public var files: [String]
        public var stamps: [FileStamp]
        /// When the stamps were taken (FileStamp.now).
        public var stamped: Int64
        public var id: String
        public var name: String
        /// CustomerBuild's output digest.
        public var digest: String
        public var secretInputs: [String]
        /// CustomerBuild.secretInputsDigest of their values (an HMAC).
        public var secretDigest: String
        /// Nil for a customer whose check is not kept (passwords written in its YAML):
        /// it is checked and built again each time.
        public var check: CustomerCheck?
        /// Its output files, relative to the output, with their stamps as written: a
        /// file whose stamp still holds need not be hashed to know it is unchanged.
        public var outputs: [String]
        public var outputStamps: [FileStamp]
        /// When the output stamps were taken (FileStamp.now).
        public var outputsStamped: Int64

        /// Whether the stamps alone prove the files unchanged.
        func trusts(_ current: [FileStamp?]) -> Bool {
            current.count == stamps.count && zip(current, stamps).allSatisfy { now, then in
                now == then && then.modified < stamped - BuildCache.racyWindow
            }
        }

        /// The output stamps that prove their file unchanged while they hold: not those
        /// of a file changed just before they were taken (the clock's resolution).
        var trustedOutputs: [String: FileStamp] {
            var trusted: [String: FileStamp] = [:]
            for (path, stamp) in zip(outputs, outputStamps) where stamp.changed < outputsStamped - BuildCache.racyWindow {
                trusted[path] = stamp
            }
            return trusted
        }
    }

    /// The cache for the next build: every built customer, its files as seen before
    /// they were read, its check, and its output files as written.
    public init(run: RepositoryChecker.Run<Result<CustomerBuild.Output, CustomerBuild.Failure>>,
                layout: RepositoryLayout, lookup: CacheLookup, key: String, output folder: URL, manifest: Data,
                resolver: SecretResolver) {
        var entries: [Entry] = []
        var untouched = Set<String>()
        for (index, source) in layout.customers.enumerated() {
            guard case .success(let output)? = run.outputs[index], let seen = lookup.observation(source.path) else { continue }
            if seen.untouched, let entry = seen.reused {
                entries.append(entry)
                untouched.insert(source.path)
                continue
            }
            let check = run.checks[index]
            let outputs = seen.reused?.outputs ?? output.entries.map(\.path).sorted()
            let outputsStamped = FileStamp.now
            let outputStamps = outputs.compactMap { FileStamp.read(folder.path + "/" + $0) }
            guard outputStamps.count == outputs.count else { continue }
            entries.append(Entry(
                source: source.path, files: source.files, stamps: seen.stamps, stamped: seen.stamped,
                id: output.id, name: output.name, digest: output.digest, secretInputs: output.secretInputs,
                secretDigest: seen.reused?.secretDigest ?? CustomerBuild.secretInputsDigest(output.secretInputs, resolver: resolver),
                check: check.hasLiteralSecrets ? nil : check, outputs: outputs, outputStamps: outputStamps,
                outputsStamped: outputsStamped))
        }
        self.init(key: key, manifestSHA256: ContentDigest.sha256(manifest), customers: entries)
        self.untouched = untouched
    }

    /// Adds the previous cache's entries of customers a partial build kept, unchanged.
    mutating func keep(_ entries: [Entry]) {
        customers += entries
        untouched.formUnion(entries.map(\.source))
    }

    init(key: String, manifestSHA256: String, customers: [Entry]) {
        self.key = key
        self.manifestSHA256 = manifestSHA256
        self.customers = customers
        byID = Dictionary(customers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The entries by customer id.
    private let byID: [String: Entry]

    /// The previous digest of customer `id`: a customer checked again (its files were
    /// touched) whose digest is unchanged keeps its outputs (when they are intact).
    public func digest(of id: String) -> String? {
        byID[id]?.digest
    }

    /// The cache's key: pbxc, the build year and date (date rules), pbxc.yaml, the tools
    /// and options that shape outputs, and the master key (through an HMAC).
    public static func key(version: String, today: String, repositoryDigest: String, tools: String, masterKey: String?) -> String {
        let masterKeyMark = HMAC<SHA256>.authenticationCode(for: Data("pbxc-cache".utf8),
                                                            using: SymmetricKey(data: Data((masterKey ?? "").utf8)))
        let parts = [currentFormat, version, today, repositoryDigest, tools, ContentDigest.hex(masterKeyMark)]
        return ContentDigest.sha256(Data(parts.joined(separator: "\u{0}").utf8))
    }

    /// The cache file of the build of `root`'s repository into `output`.
    public static func location(root: URL, output: URL) -> URL {
        let name = ContentDigest.sha256(Data(output.standardizedFileURL.path.utf8)).prefix(16)
        return root.appendingPathComponent(folder).appendingPathComponent("build-\(name).sqlite")
    }

    /// The cache and the previous manifest's bytes, when the cache is usable with `key`
    /// and was written with that manifest.
    public static func read(_ url: URL, key: String, manifest manifestData: Data) -> (cache: BuildCache, manifest: Data)? {
        guard FileManager.default.fileExists(atPath: url.path), let database = try? SQLiteDatabase(path: url.path),
              let cache = try? BuildCacheStore.read(database), cache.key == key,
              ContentDigest.sha256(manifestData) == cache.manifestSHA256 else { return nil }
        return (cache, manifestData)
    }

    /// Writes the cache, changing only the rows that differ from `previous` (the
    /// cache this build started from, if any).
    public func write(to url: URL, previous: BuildCache?) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            try BuildCacheStore.write(self, previous: previous, to: SQLiteDatabase(path: url.path))
        } catch {
            // A damaged file: start it afresh.
            try? FileManager.default.removeItem(at: url)
            try BuildCacheStore.write(self, previous: nil, to: SQLiteDatabase(path: url.path))
        }
        Self.prune(url.deletingLastPathComponent(), keeping: url)
    }

    static func prune(_ folder: URL, keeping current: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let caches = names.filter { $0.hasPrefix("build-") && $0 != current.lastPathComponent }
            .compactMap { name in FileStamp.read(folder.path + "/" + name).map { (name, $0.modified) } }
            .sorted { ($0.1, $0.0) > ($1.1, $1.0) }
        for (name, _) in caches.dropFirst(kept - 1) { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
    }

}
