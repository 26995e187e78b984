import Diagnostics
import Foundation

/// A parsed YAML document: every node in document order in one flat array of
/// fixed-size records, and every scalar's bytes in one buffer. Building it costs no
/// allocation per node, and Strings are made only when a decoder asks for a value
/// (the perf-baseline reference measured this layout fastest: docs/performance.md).
///
/// Scalars keep their text exactly as written: types come from the schema (see
/// Decoding/), never from YAML 1.1 guessing, so `0201` stays "0201" and `NO` stays "NO".
public final class YAMLDocument: @unchecked Sendable {
    struct Record: Sendable {
        enum Kind: UInt8, Sendable { case scalar, sequence, mapping, alias }
        var kind: Kind
        /// Bit 0: a plain scalar; bit 1: a mapping with a duplicate key (later ones are
        /// dropped on reading); bit 2: a mapping with a merge key `<<`.
        var flags: UInt8
        var line: UInt32
        var column: UInt32
        var offset: UInt32
        var length: UInt32
        /// scalar: start in `text`; collection: index one past its last descendant;
        /// alias: index of the anchored node.
        var a: UInt32
        /// scalar: byte count in `text`; collection: number of children.
        var b: UInt32
        /// Mapping keys: `ObjectSchema.signature` of the key's bytes (0 otherwise).
        var signature: UInt64 = 0

        var isCollection: Bool { kind == .sequence || kind == .mapping }

        static let plainFlag: UInt8 = 1
        static let duplicateFlag: UInt8 = 2
        static let mergeFlag: UInt8 = 4
    }

    let file: FileID
    /// Immutable once built, and read on the decoder's hot path: raw buffers owned
    /// by the document, because reading an array through a class retains its buffer.
    let records: UnsafeMutableBufferPointer<Record>
    let text: UnsafeMutableBufferPointer<UInt8>

    /// Adopts the builder's buffers (and frees them in `deinit`).
    init(file: FileID, records: UnsafeMutableBufferPointer<Record>, text: UnsafeMutableBufferPointer<UInt8>) {
        self.file = file
        self.records = records
        self.text = text
    }

    deinit {
        records.deallocate()
        text.deallocate()
    }

    /// The index of the node after the one at `index` and all its descendants (a
    /// collection records where its subtree ends): how children are walked.
    func next(after index: Int) -> Int {
        let r = records[index]
        return r.isCollection ? Int(r.a) : index + 1
    }

    /// The document's top node.
    public var root: YAMLNode? { records.isEmpty ? nil : YAMLNode(self, 0) }
}

/// A node of a `YAMLDocument`: a document and an index, cheap to copy.
///
/// The document is held `unowned(unsafe)` so that handles cost no reference counting
/// on the decoder's hot path: a node must not outlive its document. Decoders only
/// run while the reader's caller holds the document, and the model keeps Strings and
/// locations, never nodes.
public struct YAMLNode: @unchecked Sendable {
    public enum Kind: Sendable { case scalar, sequence, mapping }

    unowned(unsafe) let document: YAMLDocument
    let index: Int

    init(_ document: YAMLDocument, _ index: Int) {
        // Aliases are resolved here, once: every handle names a real node.
        var i = index
        while document.records[i].kind == .alias { i = Int(document.records[i].a) }
        self.document = document
        self.index = i
    }

    private var record: YAMLDocument.Record { document.records[index] }

    public var kind: Kind {
        switch record.kind {
        case .scalar, .alias: return .scalar
        case .sequence: return .sequence
        case .mapping: return .mapping
        }
    }

    public var location: SourceLocation {
        let r = record
        return SourceLocation(file: document.file, line: r.line, column: r.column, offset: r.offset, length: r.length)
    }

    /// A plain (unquoted) scalar: only those can mean null (`~`, `null`, empty).
    public var isPlain: Bool { record.flags & YAMLDocument.Record.plainFlag != 0 }

    /// The bytes of a scalar (empty for collections); valid while the document lives.
    public var bytes: UnsafeBufferPointer<UInt8> {
        let r = record
        guard r.kind == .scalar, r.b > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: document.text.baseAddress! + Int(r.a), count: Int(r.b))
    }

    public var scalar: String? {
        kind == .scalar ? String(decoding: bytes, as: UTF8.self) : nil
    }

    /// `ObjectSchema.signature` of this scalar's bytes (stored for mapping keys).
    var scalarSignature: UInt64 {
        let r = record
        guard r.kind == .scalar else { return 0 }
        if r.signature != 0 { return r.signature }
        return ObjectSchema.signature(bytes)
    }

    /// True when this scalar's text is exactly `utf8` (no String is made).
    public func scalarEquals(_ utf8: [UInt8]) -> Bool {
        let r = record
        guard r.kind == .scalar, Int(r.b) == utf8.count else { return false }
        guard r.b > 0 else { return true }
        guard document.text[Int(r.a)] == utf8[0] else { return false }
        return utf8.withUnsafeBufferPointer { key in
            memcmp(document.text.baseAddress! + Int(r.a), key.baseAddress!, utf8.count) == 0
        }
    }

    public var isNull: Bool {
        let r = record
        guard r.kind == .scalar, r.flags & YAMLDocument.Record.plainFlag != 0 else { return false }
        switch r.b {
        case 0: return true
        case 1: return document.text[Int(r.a)] == UInt8(ascii: "~")
        case 4:
            let t = document.text, i = Int(r.a)
            let rest = (t[i + 1], t[i + 2], t[i + 3])
            switch t[i] {
            case UInt8(ascii: "n"): return rest == (UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l"))
            case UInt8(ascii: "N"): return rest == (UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l"))
                || rest == (UInt8(ascii: "U"), UInt8(ascii: "L"), UInt8(ascii: "L"))
            default: return false
            }
        default: return false
        }
    }

    /// Whether this mapping needs `pairs`' slow path (merge keys or duplicate keys).
    var hasMergeOrDuplicateKeys: Bool {
        record.flags & (YAMLDocument.Record.mergeFlag | YAMLDocument.Record.duplicateFlag) != 0
    }

    /// Calls `body` with each child of a collection, without building an array.
    func forEachChild(_ body: (YAMLNode) -> Void) {
        let r = record
        guard r.isCollection else { return }
        var i = index + 1
        for _ in 0..<r.b {
            body(YAMLNode(document, i))
            i = document.next(after: i)
        }
    }

    /// Number of children of a collection.
    var childCount: Int {
        let r = record
        return r.isCollection ? Int(r.b) : 0
    }

    /// Calls `body` with each (key, value) of a mapping without merge or duplicate
    /// keys, without building arrays (the decoder's hot path).
    func forEachPlainPair(_ body: (YAMLNode, YAMLNode) -> Void) {
        let r = record
        guard r.kind == .mapping else { return }
        var i = index + 1
        var n: UInt32 = 0
        while n < r.b {
            let keyIndex = i
            let valueIndex = document.next(after: keyIndex)
            i = document.next(after: valueIndex)
            body(YAMLNode(document, keyIndex), YAMLNode(document, valueIndex))
            n += 2
        }
    }

    /// What this node is, in words for a "wrong-type" message.
    public var kindDescription: String {
        switch kind {
        case .scalar: return isNull ? "nothing (null)" : "a text value"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    /// The children of a collection, in order.
    public var children: [YAMLNode] {
        var result: [YAMLNode] = []
        result.reserveCapacity(childCount)
        forEachChild { result.append($0) }
        return result
    }

    /// The items of a sequence (empty for anything else).
    public var items: [YAMLNode] { kind == .sequence ? children : [] }

    /// The pairs of a mapping, with YAML merge keys (`<<: *defaults`) applied: the
    /// merged mappings' pairs whose keys the mapping does not set itself.
    /// Of a duplicate key, only the first pair is kept (the reader reported the rest).
    public var pairs: [YAMLPair] {
        guard kind == .mapping else { return [] }
        let flags = record.flags
        let nodes = children
        var result: [YAMLPair] = []
        result.reserveCapacity(nodes.count / 2)
        var merges: [YAMLNode] = []
        var i = 0
        while i + 1 < nodes.count {
            let key = nodes[i], value = nodes[i + 1]
            i += 2
            if flags & YAMLDocument.Record.mergeFlag != 0, key.isPlain, key.scalarEquals(YAMLNode.mergeKey) {
                merges += value.kind == .sequence ? value.items : [value]
                continue
            }
            if flags & YAMLDocument.Record.duplicateFlag != 0, key.kind == .scalar,
               result.contains(where: { $0.key.scalarEquals(Array(key.bytes)) }) {
                continue
            }
            result.append(YAMLPair(key: key, value: value))
        }
        for merged in merges where merged.kind == .mapping {
            for pair in merged.pairs where !result.contains(where: { $0.key.scalarEquals(Array(pair.key.bytes)) }) {
                result.append(pair)
            }
        }
        return result
    }

    static let mergeKey: [UInt8] = Array("<<".utf8)

    /// A tree view, for tests and tools (allocates: decoders use `kind`, `items`, `pairs`).
    public enum Value {
        case scalar(String)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var value: Value {
        switch kind {
        case .scalar: return .scalar(scalar ?? "")
        case .sequence: return .sequence(items)
        case .mapping: return .mapping(pairs)
        }
    }
}

public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode
}
