import Compiler
import Domain
import Emitters
import Foundation
import Parser
import Validator

/// Decides, per customer and from any worker, whether the build cache's entry still
/// holds — the same files with the same stamps, the same password sources and values,
/// the files its rules looked for (greetings) still there or still missing, its output
/// files as written — and records what it saw of every customer's files
/// for the next cache. It never reads a source file's bytes: a customer whose stamps
/// changed is checked again (its files read once, by the loader), and its outputs are
/// kept when its input digest shows nothing changed (`BuildCache.intactDigest`).
public final class CacheLookup: @unchecked Sendable {
    /// What was seen of a customer's files before they were read.
    public struct Observation: Sendable {
        public var stamps: [FileStamp]
        public var stamped: Int64
        /// The cache entry that was reused, if any.
        public var reused: BuildCache.Entry?
        /// Reused, and its stamps were trusted: the entry stays exactly as it was.
        public var untouched = false
    }

    private let entries: [String: BuildCache.Entry]
    private let root: URL
    private let rootPath: String
    private let resolver: SecretResolver
    private let verifier: OutputVerifier
    private let lock = NSLock()
    private var observations: [String: Observation] = [:]
    /// Counted as they come: counting afterwards copied every observation's entry.
    private var reusedCount = 0

    public init(cache: BuildCache?, root: URL, resolver: SecretResolver, verifier: OutputVerifier) {
        entries = Dictionary((cache?.customers ?? []).map { ($0.source, $0) }, uniquingKeysWith: { a, _ in a })
        self.root = root
        rootPath = root.path + "/"
        self.resolver = resolver
        self.verifier = verifier
    }

    /// The cached check and a reused output for `source`, or nil to check and build it.
    public func reuse(_ source: RepositoryLayout.CustomerSource) -> (CustomerCheck, CustomerBuild.Output)? {
        let stamped = FileStamp.now
        let current = source.files.map { FileStamp.read(rootPath + $0) }
        let entry = entries[source.path].flatMap { $0.files == source.files ? $0 : nil }
        let stamps = current.compactMap { $0 }
        guard let entry, let check = entry.check, stamps.count == current.count, entry.trusts(current),
              check.probes.allSatisfy({ FileProbe.look($0.path, under: rootPath) == $0 }),
              entry.secretInputs.isEmpty
                || CustomerBuild.secretInputsDigest(entry.secretInputs, resolver: resolver) == entry.secretDigest,
              entry.outputs.count == entry.outputStamps.count,
              case let outputs = verifier.verify(entry.id, trusted: entry.trustedOutputs), outputs.intact
        else {
            // Stamps are taken before the loader reads the files: a file changed after
            // its stamp is seen as changed next time.
            if stamps.count == current.count { observe(source.path, Observation(stamps: stamps, stamped: stamped)) }
            return nil
        }
        // Hashed outputs get new stamps in the next cache.
        observe(source.path, Observation(stamps: stamps, stamped: entry.stamped, reused: entry, untouched: !outputs.hashed))
        return (check, CustomerBuild.Output(id: entry.id, name: entry.name, digest: entry.digest, files: [],
                                                  privatePaths: [], reused: true, secretInputs: entry.secretInputs))
    }

    /// How many customers were reused from the cache.
    public var hits: Int {
        lock.lock(); defer { lock.unlock() }
        return reusedCount
    }

    public func observation(_ source: String) -> Observation? {
        lock.lock(); defer { lock.unlock() }
        return observations[source]
    }

    private func observe(_ source: String, _ observation: Observation) {
        lock.lock(); defer { lock.unlock() }
        if observation.reused != nil { reusedCount += 1 }
        observations[source] = observation
    }
}
