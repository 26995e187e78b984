import Crypto
import Emitters
import Foundation

/// `manifest.json` at the top of a build: pbxc's version, the build year (which
/// decides the holiday dates spelled out), every customer with its name, warnings and
/// input digest, every file with its size and SHA-256, and a digest of all inputs.
/// No clock time: two builds of the same input in the same year are byte-identical.
/// It is also what an incremental build reads back (`BuildManifest.read`).
public enum ManifestEmitter {
    public static let path = "manifest.json"

    public static func emit(_ manifest: BuildManifest) throws -> EmittedFile {
        try emit(manifest, parts: parts(manifest.files, customers: manifest.customers.map(\.id)))
    }

    /// The manifest from parts (ManifestWriter): `manifest.files` is ignored.
    public static func emit(_ manifest: BuildManifest, parts: [ManifestWriter.Part]) throws -> EmittedFile {
        EmittedFile(path: path, contents: try ManifestWriter.write(manifest, parts: parts))
    }

    /// Files grouped into parts: one per customer, one per top-level file.
    public static func parts(_ files: [BuildManifest.File], customers: [String]) -> [ManifestWriter.Part] {
        let ids = Set(customers)
        var byOwner: [String: [BuildManifest.File]] = [:]
        var parts: [ManifestWriter.Part] = []
        for file in files {
            if let owner = BuildManifest.File.owner(of: file.path), ids.contains(owner) {
                byOwner[owner, default: []].append(file)
            } else {
                parts.append(ManifestWriter.Part(owner: nil, files: [file]))
            }
        }
        return parts + byOwner.map { ManifestWriter.Part(owner: $0.key, files: $0.value) }
    }

    /// One digest of the whole build's inputs: the repository file's and every customer's.
    public static func inputDigest(repository: String, customers: [String]) -> String {
        ContentDigest.sha256(Data(([repository] + customers.sorted()).joined(separator: "\n").utf8))
    }
}

public struct BuildManifest: Codable, Equatable, Sendable {
    public var pbxcVersion: String
    public var buildYear: Int
    /// SHA-256 of pbxc.yaml ("none" without one).
    public var repositoryDigest: String
    public var inputDigest: String
    public var customers: [Customer]
    public var files: [File]
    /// The partner's name and the build's date (`--today`), for the index page (a merge
    /// of shards writes it again).
    public var partner: String?
    public var buildDate: String?

    enum CodingKeys: String, CodingKey {
        case customers, files, partner
        case buildDate = "build_date"
        case pbxcVersion = "pbxc_version"
        case buildYear = "build_year"
        case repositoryDigest = "repository_digest"
        case inputDigest = "input_digest"
    }

    public struct Customer: Codable, Equatable, Sendable {
        public var id: String
        public var name: String
        public var warnings: Int
        /// SHA-256 of everything its outputs depend on (CustomerBuild.digest).
        public var digest: String
        /// Errors its check reported (only suppressed or non-blocking ones reach a build).
        public var errors: Int?
        /// The statuses of its porting requests and moves, and of its orders, for the
        /// index page (kept here, so that a customer the build did not re-read keeps them).
        public var porting: [String]?
        public var orders: [String]?

        public init(id: String, name: String, warnings: Int, digest: String, errors: Int? = nil,
                    porting: [String]? = nil, orders: [String]? = nil) {
            self.id = id
            self.name = name
            self.warnings = warnings
            self.digest = digest
            self.errors = errors
            self.porting = porting
            self.orders = orders
        }
    }

    public struct File: Codable, Equatable, Sendable {
        public var path: String
        public var size: Int
        public var sha256: String

        public init(path: String, size: Int, sha256: String) {
            self.path = path
            self.size = size
            self.sha256 = sha256
        }

        public init(_ file: EmittedFile) {
            self.init(path: file.path, size: file.contents.count, sha256: ContentDigest.sha256(file.contents))
        }

        /// Whether the file belongs to customer `id` (its folder or its bundle).
        public func belongs(to id: String) -> Bool {
            Self.owner(of: path) == id
        }

        /// The customer id a path would belong to: its first folder, or the name of a
        /// top-level bundle (`<id>.zip`); nil for other top-level files.
        public static func owner(of path: String) -> String? {
            if let slash = path.firstIndex(of: "/") { return String(path[..<slash]) }
            return path.hasSuffix(".zip") ? String(path.dropLast(4)) : nil
        }

        /// Whether the file carries secrets (device files, pjsip.conf, bundles, password
        /// hashes): mode 0600.
        public var isPrivate: Bool { Self.isPrivate(path) }

        /// The one decision of which output paths carry secrets, for writing and for
        /// checking a build.
        public static func isPrivate(_ path: String) -> Bool {
            path.hasSuffix(".zip") || path.hasSuffix("/routing/pjsip.conf") || path.hasSuffix("/routing/voicemail.conf")
                || path.contains("/provisioning/") || path.contains("/nginx/")
        }
    }

    public init(pbxcVersion: String, buildYear: Int, repositoryDigest: String, customers: [Customer], files: [File],
                partner: String? = nil, buildDate: String? = nil) {
        self.partner = partner
        self.buildDate = buildDate
        self.pbxcVersion = pbxcVersion
        self.buildYear = buildYear
        self.repositoryDigest = repositoryDigest
        self.customers = customers.sorted { $0.id < $1.id }
        self.files = files.sorted { $0.path < $1.path }
        inputDigest = ManifestEmitter.inputDigest(repository: repositoryDigest, customers: customers.map(\.digest))
    }

    /// A previous manifest's files by customer id (a file is a customer's when it is in
    /// its folder or is its bundle), grouped once: builds have thousands of each.
    public static func filesByCustomer(_ manifest: BuildManifest?) -> [String: [File]] {
        guard let manifest else { return [:] }
        let ids = Set(manifest.customers.map(\.id))
        var result: [String: [File]] = [:]
        for file in manifest.files {
            if let id = File.owner(of: file.path), ids.contains(id) { result[id, default: []].append(file) }
        }
        return result
    }

    /// The manifest of a previous build in `folder`, if there is a readable one.
    public static func read(_ folder: URL) -> BuildManifest? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(ManifestEmitter.path)) else { return nil }
        return try? JSONDecoder().decode(BuildManifest.self, from: data)
    }
}
