#if canImport(Glibc)
import Emitters
import Glibc
#endif
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

    /// The manifest's bytes. Only the small header goes through CanonicalJSON; the
    /// customers and the files are rendered here in its layout (JSONEncoder took a fifth
    /// of an incremental build at 10,000 customers for the customers alone).
    public static func write(_ manifest: BuildManifest, parts: [Part]) throws -> Data {
        var header = manifest
        header.customers = []
        header.files = []
        let skeleton = try CanonicalJSON.encode(header)
        let customersMarker = Data("\n  \"customers\": []".utf8), filesMarker = Data("\n  \"files\": []".utf8)
        guard let customersHole = skeleton.range(of: customersMarker), let filesHole = skeleton.range(of: filesMarker),
              customersHole.upperBound <= filesHole.lowerBound else { throw WriterError.unexpectedSkeleton }
        let customers = manifest.customers.isEmpty ? Array("]".utf8) : render(manifest.customers)
        let ordered = parts.filter { !$0.fragment.isEmpty }.sorted { $0.firstPath < $1.firstPath }
        // One allocation for the whole manifest (tens of megabytes at partner scale).
        var data = Data(capacity: skeleton.count + customers.count + ordered.reduce(0) { $0 + $1.fragment.count + 2 } + 64)
        data.append(skeleton[..<customersHole.lowerBound])
        data.append(contentsOf: "\n  \"customers\": [".utf8)
        data.append(contentsOf: customers)
        data.append(skeleton[customersHole.upperBound..<filesHole.lowerBound])
        data.append(contentsOf: "\n  \"files\": [".utf8)
        for (index, part) in ordered.enumerated() {
            data.append(contentsOf: (index == 0 ? "\n" : ",\n").utf8)
            data.append(part.fragment)
        }
        data.append(contentsOf: (ordered.isEmpty ? "]" : "\n  ]").utf8)
        data.append(skeleton[filesHole.upperBound...])
        return data
    }

    /// The customers array's entries and its closing bracket, as CanonicalJSON lays them out.
    static func render(_ customers: [BuildManifest.Customer]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(customers.count * 160)
        for (index, customer) in customers.enumerated() {
            out.append(contentsOf: (index == 0 ? "\n" : ",\n").utf8)
            out.append(contentsOf: "    {\n      \"digest\": ".utf8)
            appendString(customer.digest, to: &out)
            if let errors = customer.errors { out.append(contentsOf: ",\n      \"errors\": \(errors)".utf8) }
            out.append(contentsOf: ",\n      \"id\": ".utf8)
            appendString(customer.id, to: &out)
            out.append(contentsOf: ",\n      \"name\": ".utf8)
            appendString(customer.name, to: &out)
            for (key, list) in [("orders", customer.orders), ("porting", customer.porting)] {
                guard let list else { continue }
                out.append(contentsOf: ",\n      \"\(key)\": ".utf8)
                if list.isEmpty {
                    out.append(contentsOf: "[]".utf8)
                    continue
                }
                out.append(contentsOf: "[".utf8)
                for (i, item) in list.enumerated() {
                    out.append(contentsOf: (i == 0 ? "\n        " : ",\n        ").utf8)
                    appendString(item, to: &out)
                }
                out.append(contentsOf: "\n      ]".utf8)
            }
            out.append(contentsOf: ",\n      \"warnings\": \(customer.warnings)\n    }".utf8)
        }
        out.append(contentsOf: "\n  ]".utf8)
        return out
    }

    /// CanonicalJSON no longer lays out empty `customers` and `files` as `write` expects.
    enum WriterError: Error { case unexpectedSkeleton }

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
        let hex = ContentDigest.hexDigits
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

extension ManifestWriter {
    /// The parts of a manifest this writer wrote, found again in its bytes: per owner
    /// (a customer in `owners`), its entries' bytes, first path and count. An
    /// incremental build copies an unchanged customer's part into the next manifest.
    /// Nil when the bytes are not laid out as `write` lays them out.
    public static func parts(in manifest: Data, owners: Set<String>) -> [String: Part]? {
        let opening = Array("\n  \"files\": [\n".utf8), entryStart = Array("    {\n      \"path\": \"".utf8)
        let shaKey = Array(",\n      \"sha256\": \"".utf8), sizeKey = Array("\",\n      \"size\": ".utf8)
        let entryClose = Array("\n    }".utf8)
        return manifest.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [String: Part]? in
            let bytes = raw.bindMemory(to: UInt8.self)
            func starts(_ prefix: [UInt8], at index: Int) -> Bool {
                index + prefix.count <= bytes.count && prefix.indices.allSatisfy { bytes[index + $0] == prefix[$0] }
            }
            // memchr to each candidate first byte (memmem is not in every C library).
            func find(_ needle: [UInt8], from: Int) -> Int? {
                guard let base = raw.baseAddress else { return nil }
                var from = from
                while from < bytes.count, let hit = memchr(base + from, Int32(needle[0]), bytes.count - from) {
                    let index = UnsafeRawPointer(hit) - base
                    if starts(needle, at: index) { return index }
                    from = index + 1
                }
                return nil
            }
            // The rest of an entry after its path, exactly as `render` writes it; the index after it.
            func entryEnd(after index: Int) -> Int? {
                guard starts(shaKey, at: index) else { return nil }
                var i = index + shaKey.count
                let hexEnd = i + 64
                while i < hexEnd, i < bytes.count, (bytes[i] >= 48 && bytes[i] <= 57) || (bytes[i] >= 97 && bytes[i] <= 102) { i += 1 }
                guard i == hexEnd, starts(sizeKey, at: i) else { return nil }
                i += sizeKey.count
                let digits = i
                while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
                guard i > digits, starts(entryClose, at: i) else { return nil }
                return i + entryClose.count
            }
            guard let open = find(opening, from: 0), let base = raw.baseAddress else { return nil }
            let separator = Array(",\n".utf8), closing = Array("\n  ]".utf8)
            var position = open + opening.count
            var parts: [String: Part] = [:]
            // The part being read: its owner (nil: not a customer's), bytes and first path.
            var owner: String?, ownerBytes = 0..<0, partStart = 0, partEnd = 0, firstPath = "", count = 0
            func close() {
                if let owner, count > 0 {
                    parts[owner] = Part(owner: owner, firstPath: firstPath, fragment: manifest[partStart..<partEnd], fileCount: count)
                }
            }
            while true {
                guard starts(entryStart, at: position) else { return nil }
                let pathStart = position + entryStart.count
                var quote = pathStart, escaped = false
                while quote < bytes.count, bytes[quote] != UInt8(ascii: "\"") {
                    if bytes[quote] == UInt8(ascii: "\\") { escaped = true; quote += 1 }
                    quote += 1
                }
                guard quote < bytes.count, let end = entryEnd(after: quote + 1) else { return nil }
                // The owner's bytes: up to the first `/`, or the name of a top-level `<id>.zip`.
                var cut = pathStart
                while cut < quote, bytes[cut] != UInt8(ascii: "/") { cut += 1 }
                if cut == quote, quote - pathStart > 4, starts(Array(".zip".utf8), at: quote - 4) { cut = quote - 4 }
                // Fast path: compare the owner's bytes; a path with escapes is decoded.
                var path: String?
                var sameOwner = false
                if escaped {
                    path = try? JSONDecoder().decode(String.self, from: Data(bytes[(pathStart - 1)...quote]))
                    guard path != nil else { return nil }
                    sameOwner = owner != nil && BuildManifest.File.owner(of: path!) == owner
                } else if owner != nil, ownerBytes.isEmpty {
                    // The part began with an escaped path: compare by name once, then by bytes.
                    sameOwner = BuildManifest.File.owner(of: String(decoding: bytes[pathStart..<quote], as: UTF8.self)) == owner
                    if sameOwner, cut < quote { ownerBytes = pathStart..<cut }
                } else {
                    sameOwner = owner != nil && cut < quote && cut - pathStart == ownerBytes.count
                        && memcmp(base + pathStart, base + ownerBytes.lowerBound, ownerBytes.count) == 0
                }
                if sameOwner {
                    partEnd = end
                    count += 1
                } else {
                    close()
                    let path = path ?? String(decoding: bytes[pathStart..<quote], as: UTF8.self)
                    owner = BuildManifest.File.owner(of: path).flatMap { owners.contains($0) ? $0 : nil }
                    ownerBytes = escaped || cut == quote ? 0..<0 : pathStart..<cut
                    (partStart, partEnd, firstPath, count) = (position, end, path, 1)
                }
                if starts(separator, at: end) {
                    position = end + separator.count
                } else if starts(closing, at: end) {
                    close()
                    return parts
                } else {
                    return nil
                }
            }
        }
    }
}
