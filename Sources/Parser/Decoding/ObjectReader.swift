import Diagnostics

/// Reads one mapping against its `ObjectSchema`: reports unknown keys (with a
/// did-you-mean), missing required keys, and values of the wrong type, then hands
/// out typed, located values. Problems are reported and reading goes on.
struct ObjectReader {
    let node: YAMLNode
    let schema: ObjectSchema
    let sink: DiagnosticSink
    private let pairs: [YAMLPair]
    /// The key of each pair, looked up often (one scan per accessor).
    private let names: [String?]

    /// nil (after reporting `wrong-type`) when `node` is not a mapping; silently nil
    /// when it is null (an empty section).
    init?(_ node: YAMLNode, _ schema: ObjectSchema, _ sink: DiagnosticSink) {
        guard case .mapping(let pairs) = node.value else {
            if !node.isNull {
                sink.report(StructureRuleID.wrongType, .error, at: node.location,
                            "expected \(schema.noun) (a mapping of keys to values), found \(node.kindDescription)")
            }
            return nil
        }
        self.node = node
        self.schema = schema
        self.sink = sink
        self.pairs = pairs
        self.names = pairs.map { $0.key.scalar }
        checkKeys()
    }

    private func checkKeys() {
        for pair in pairs {
            guard let key = pair.key.scalar else {
                sink.report(StructureRuleID.wrongType, .error, at: pair.key.location,
                            "a key must be plain text, found \(pair.key.kindDescription)")
                continue
            }
            if schema.canonical(key) == nil {
                let help = Suggestions.didYouMean(key, in: schema.keys)
                sink.report(StructureRuleID.unknownKey, .error, at: pair.key.location,
                            "unknown key `\(key)` in \(schema.noun)",
                            notes: help == nil ? [("expected one of: \(schema.keys.joined(separator: ", "))", nil)] : [],
                            help: help)
            }
        }
        for key in schema.keys where schema.required.contains(key) {
            guard let pair = pair(key) else {
                sink.report(StructureRuleID.missingKey, .error, at: node.location,
                            "\(schema.noun) needs `\(key)`")
                continue
            }
            if pair.value.isNull {
                sink.report(StructureRuleID.missingKey, .error, at: pair.key.location,
                            "`\(key)` has no value; \(schema.noun) needs one")
            }
        }
    }

    private func pair(_ key: String) -> YAMLPair? {
        if let i = names.firstIndex(where: { $0 == key }) { return pairs[i] }
        guard !schema.aliases.isEmpty,
              let i = names.firstIndex(where: { $0.map { schema.aliases[$0] == key } ?? false }) else { return nil }
        return pairs[i]
    }

    /// The value of `key`, nil when absent or null.
    func value(_ key: String) -> YAMLNode? {
        assert(schema.keys.contains(key), "\(key) is not in the schema of \(schema.noun)")
        guard let value = pair(key)?.value, !value.isNull else { return nil }
        return value
    }

    func has(_ key: String) -> Bool { pair(key) != nil }

    func keyLocation(_ key: String) -> SourceLocation? { pair(key)?.key.location }

    func string(_ key: String) -> LString? {
        value(key).flatMap { ScalarDecoding.string($0, key: key, sink) }
    }

    func bool(_ key: String) -> Located<Bool>? {
        value(key).flatMap { ScalarDecoding.bool($0, key: key, sink) }
    }

    func int(_ key: String) -> Located<Int>? {
        value(key).flatMap { ScalarDecoding.int($0, key: key, sink) }
    }

    func enumValue<E: RawRepresentable & CaseIterable & Sendable>(_ key: String, _: E.Type = E.self) -> Located<E>?
    where E.RawValue == String {
        value(key).flatMap { ScalarDecoding.enumValue($0, key: key, sink) }
    }

    /// A list of text values; a single value counts as a list of one.
    func strings(_ key: String) -> [LString] {
        guard let node = value(key) else { return [] }
        return ScalarDecoding.strings(node, key: key, sink)
    }

    /// A list of objects, each decoded by `decode` (nil entries are dropped: they
    /// were reported).
    func list<T>(_ key: String, _ decode: (YAMLNode) -> T?) -> [T] {
        guard let node = value(key) else { return [] }
        guard case .sequence(let items) = node.value else {
            sink.report(StructureRuleID.wrongType, .error, at: node.location,
                        "`\(key)` must be a list (lines starting with `- `), found \(node.kindDescription)")
            return []
        }
        return items.compactMap(decode)
    }

    func object<T>(_ key: String, _ decode: (YAMLNode) -> T?) -> T? {
        value(key).flatMap(decode)
    }

    /// The entries of a mapping whose keys are names (e.g. `schedules`, menu options).
    func entries(_ key: String) -> [YAMLPair] {
        guard let node = value(key) else { return [] }
        guard case .mapping(let pairs) = node.value else {
            sink.report(StructureRuleID.wrongType, .error, at: node.location,
                        "`\(key)` must be a mapping of names to values, found \(node.kindDescription)")
            return []
        }
        return pairs
    }
}
