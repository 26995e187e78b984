/// One kind of mapping of the config language: its keys, in order, each declared once
/// with its type and meaning (`SchemaField`). Every mapping has one (Schemas*.swift);
/// the decoders read only keys declared here, and the JSON Schema is generated from
/// the same declaration, so parser and editor schema cannot drift apart.
/// A class, so that readers share one instance instead of copying its collections
/// (reference-count traffic that two checking threads would contend on).
public final class ObjectSchema: Sendable {
    /// How a message names the object: "a user", "the company section".
    public let noun: String
    /// Every key with its field, in the order declared (messages list keys in it).
    public let fields: [(key: String, field: SchemaField)]
    public let keys: [String]
    public let required: Set<String>
    /// Older or alternative spellings accepted for a key (alias → key).
    public let aliases: [String: String]

    /// The UTF-8 bytes of `keys` and of the aliases, to match keys without making Strings.
    let keyBytes: [[UInt8]]
    let aliasBytes: [(alias: [UInt8], key: Int)]
    /// UTF-8 length of each key: a lookup by name compares Strings only of equal length.
    let keyLengths: [Int]
    /// Indices in `keys` of the required keys, in key order.
    let requiredIndices: [Int]
    /// The date fields (`SchemaField.isDate`), checked as they are read: bit i for key i.
    /// A bit mask, not an array: read on every text value decoded, an array's reference
    /// count and bounds check cost `check` 20 M instructions.
    let dateKeys: UInt64

    public init(_ noun: String, aliases: [String: String] = [:], _ fields: KeyValuePairs<String, SchemaField>) {
        // One pass, closures rather than key paths: every `pbxc check` builds all the
        // schemas once, and this is most of that start-up cost.
        var entries: [(key: String, field: SchemaField)] = []
        var keys: [String] = []
        var required: Set<String> = []
        var requiredIndices: [Int] = []
        entries.reserveCapacity(fields.count)
        keys.reserveCapacity(fields.count)
        for (key, field) in fields {
            if field.isRequired {
                required.insert(key)
                requiredIndices.append(keys.count)
            }
            keys.append(key)
            entries.append((key, field))
        }
        self.noun = noun
        precondition(entries.count <= 64, "\(noun): at most 64 keys (the date mask)")
        self.dateKeys = entries.enumerated().reduce(0) { mask, entry in entry.element.field.isDate ? mask | 1 << entry.offset : mask }
        self.fields = entries
        self.keys = keys
        self.required = required
        self.requiredIndices = requiredIndices
        self.aliases = aliases
        let keyBytes = keys.map { Array($0.utf8) }
        self.keyBytes = keyBytes
        self.keySignatures = keyBytes.map { ObjectSchema.signature($0) }
        self.keyLengths = keyBytes.map { $0.count }
        self.aliasBytes = aliases.isEmpty ? [] : aliases.sorted { $0.key < $1.key }.compactMap { alias, key in
            keys.firstIndex(of: key).map { (Array(alias.utf8), $0) }
        }
    }

    /// The field of a key, nil when the mapping has no such key.
    public func field(_ key: String) -> SchemaField? {
        fields.first { $0.key == key }?.field
    }

    /// Length and first bytes of each key packed in an integer: most lookups are
    /// settled by one integer comparison per key.
    let keySignatures: [UInt64]

    static func signature<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var value = UInt64(min(bytes.count, 255))
        for byte in bytes.prefix(7) { value = value << 8 | UInt64(byte) }
        return value
    }

    /// The index of a key given by name (decoders ask by name).
    func index(of key: String) -> Int? {
        let length = key.utf8.count
        for i in keyLengths.indices where keyLengths[i] == length && keys[i] == key { return i }
        return nil
    }

    /// The index in `keys` of the key a node spells (directly or as an alias).
    func index(of node: YAMLNode) -> Int? {
        let signature = node.scalarSignature
        for (i, candidate) in keySignatures.enumerated() where candidate == signature {
            if keyBytes[i].count <= 7 || node.scalarEquals(keyBytes[i]) { return i }
        }
        return aliasBytes.first { node.scalarEquals($0.alias) }?.key
    }
}
