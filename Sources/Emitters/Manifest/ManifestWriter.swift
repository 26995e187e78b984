import Foundation

/// Renders `manifest.json` from parts: each customer's file entries are one fragment,
/// and an incremental build copies an unchanged customer's fragment from the previous
/// manifest (its place is kept in the build cache) instead of decoding and rendering
/// its entries again — at 10,000 customers that is 150,000 entries. A clean build
/// renders every part; both give the bytes `CanonicalJSON` gives for the whole
/// manifest (tested), because each customer's files are contiguous in path order: they
/// all start with `<id>/` or `<id>.`, and ids hold no `.` or `/`.
public enum ManifestWriter {
    /// The file entries of one customer (or of the top-level files).
    public struct Part {
        /// The customer the files belong to; nil for top-level files (index.html).
        public var owner: String?
        /// The smallest path among its files: parts are placed in this order.
        public var firstPath: String
        /// The entries, rendered (`render(_:)`) or copied from a previous manifest.
        public var fragment: Data
        public var fileCount: Int

        public init(owner: String?, firstPath: String, fragment: Data, fileCount: Int) {
            self.owner = owner
            self.firstPath = firstPath
            self.fragment = fragment
            self.fileCount = fileCount
        }

        public init(owner: String?, files: [BuildManifest.File]) {
            let sorted = files.sorted { $0.path < $1.path }
            self.init(owner: owner, firstPath: sorted.first?.path ?? "", fragment: ManifestWriter.render(sorted),
                      fileCount: files.count)
        }
    }

    /// Where a part landed in the manifest.
    public struct Placed: Sendable {
        public var range: Range<Int>
        public var firstPath: String
        public var fileCount: Int
    }

    /// The manifest's bytes and, per owner, where its fragment stands in them.
    public static func write(_ manifest: BuildManifest, parts: [Part]) throws -> (data: Data, fragments: [String: Placed]) {
        var header = manifest
        header.files = []
        let skeleton = try CanonicalJSON.encode(header)
        let marker = Data("\n  \"files\": []".utf8)
        guard let hole = skeleton.range(of: marker) else { throw WriterError.noFilesKey }
        var data = Data(skeleton[..<hole.lowerBound])
        data.append(contentsOf: "\n  \"files\": [".utf8)
        var fragments: [String: Placed] = [:]
        let ordered = parts.filter { !$0.fragment.isEmpty }.sorted { $0.firstPath < $1.firstPath }
        for (index, part) in ordered.enumerated() {
            data.append(contentsOf: (index == 0 ? "\n" : ",\n").utf8)
            let start = data.count
            data.append(part.fragment)
            if let owner = part.owner {
                fragments[owner] = Placed(range: start..<data.count, firstPath: part.firstPath, fileCount: part.fileCount)
            }
        }
        data.append(contentsOf: (ordered.isEmpty ? "]" : "\n  ]").utf8)
        data.append(skeleton[hole.upperBound...])
        return (data, fragments)
    }

    enum WriterError: Error { case noFilesKey }

    /// File entries as they stand inside the manifest's `files` array (sorted by path).
    public static func render(_ files: [BuildManifest.File]) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(files.count * 160)
        for (index, file) in files.enumerated() {
            if index > 0 { out.append(contentsOf: ",\n".utf8) }
            out.append(contentsOf: "    {\n      \"path\": ".utf8)
            appendString(file.path, to: &out)
            out.append(contentsOf: ",\n      \"sha256\": ".utf8)
            appendString(file.sha256, to: &out)
            out.append(contentsOf: ",\n      \"size\": \(file.size)\n    }".utf8)
        }
        return Data(out)
    }

    /// A JSON string as JSONEncoder writes it with `.withoutEscapingSlashes`.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x08: out.append(contentsOf: "\\b".utf8)
            case 0x0C: out.append(contentsOf: "\\f".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0..<0x20: out.append(contentsOf: "\\u00".utf8 + [hex[Int(byte >> 4)], hex[Int(byte & 0x0f)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
