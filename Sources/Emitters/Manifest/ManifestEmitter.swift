import Crypto
import Foundation

/// `manifest.json` at the top of a build: every file written (path, size, SHA-256),
/// the customers, pbxc's version, the build year (which decides the holiday dates
/// spelled out) and a digest of the inputs. No clock time: two builds of the same
/// input in the same year are byte-identical.
public enum ManifestEmitter {
    public static let path = "manifest.json"

    struct Manifest: Encodable {
        var pbxcVersion: String
        var buildYear: Int
        var inputDigest: String
        var customers: [String]
        var files: [Entry]

        enum CodingKeys: String, CodingKey {
            case customers, files
            case pbxcVersion = "pbxc_version"
            case buildYear = "build_year"
            case inputDigest = "input_digest"
        }
    }

    struct Entry: Encodable {
        var path: String
        var size: Int
        var sha256: String
    }

    /// The manifest of `files` (paths relative to the output folder).
    public static func emit(files: [EmittedFile], customers: [String], version: String, buildYear: Int,
                            inputDigest: String) throws -> EmittedFile {
        let entries = files.sorted { $0.path < $1.path }.map {
            Entry(path: $0.path, size: $0.contents.count, sha256: sha256($0.contents))
        }
        let manifest = Manifest(pbxcVersion: version, buildYear: buildYear, inputDigest: inputDigest,
                                customers: customers.sorted(), files: entries)
        return EmittedFile(path: path, contents: try RoutingJSONEmitter.encode(manifest))
    }

    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// SHA-256 over the input files in path order (path, size, bytes of each), so
    /// the manifest says which inputs a build came from.
    public static func inputDigest(root: URL, files: [String]) -> String {
        var hasher = SHA256()
        for path in files.sorted() {
            let data = (try? Data(contentsOf: root.appendingPathComponent(path))) ?? Data()
            hasher.update(data: Data("\(path)\u{0}\(data.count)\u{0}".utf8))
            hasher.update(data: data)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
