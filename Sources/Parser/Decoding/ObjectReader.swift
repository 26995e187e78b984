import Diagnostics
import Domain

/// Reads one mapping against its `ObjectSchema`: reports unknown keys (with a
/// did-you-mean), missing required keys, and values of the wrong type, then hands
/// out typed, located values. Problems are reported and reading goes on.
struct ObjectReader {
    let node: YAMLNode
    /// Schemas are static and live as long as the program; unowned(unsafe) spares the
    /// reference count that two checking threads would otherwise contend on.
    unowned(unsafe) let schema: ObjectSchema
    /// The sink outlives every reader (readers live inside one decoding call).
    unowned(unsafe) let sink: DiagnosticSink
    /// For each schema key, its pair in the mapping (matched once, by signature).
    private let slots: SlotTable

    /// nil (after reporting `wrong-type`) when `node` is not a mapping; silently nil
    /// when it is null (an empty section).
    init?(_ node: YAMLNode, _ schema: ObjectSchema, _ sink: DiagnosticSink) {
        guard node.kind == .mapping else {
            if !node.isNull {
                sink.report(.wrongType, at: node.location,
                            "expected \(schema.noun) (a mapping of keys to values), found \(node.kindDescription)")
            }
            return nil
        }
        self.node = node
        self.schema = schema
        self.sink = sink
        let slots = SlotTable.make(count: schema.keys.count)
        if node.hasMergeOrDuplicateKeys {
            for pair in node.pairs { Self.place(pair, schema, sink, slots) }
        } else {
            node.forEachPlainPair { key, value in Self.place(YAMLPair(key: key, value: value), schema, sink, slots) }
        }
        self.slots = slots
        checkRequired()
    }

    /// Puts a pair in its schema slot (the first of equal keys wins), or reports it.
    private static func place(_ pair: YAMLPair, _ schema: ObjectSchema, _ sink: DiagnosticSink,
                              _ slots: SlotTable) {
        guard pair.key.kind == .scalar else {
            sink.report(.wrongType, at: pair.key.location,
                        "a key must be plain text, found \(pair.key.kindDescription)")
            return
        }
        if let i = schema.index(of: pair.key) {
            if slots[i] == nil { slots[i] = pair }
        } else {
            let key = pair.key.scalar ?? ""
            let help = Suggestions.didYouMean(key, in: schema.keys)
            sink.report(.unknownKey, at: pair.key.location,
                        "unknown key `\(MessageText.escaped(key))` in \(schema.noun)",
                        notes: help == nil ? [("expected one of: \(schema.keys.joined(separator: ", "))", nil)] : [],
                        help: help)
        }
    }

    private func checkRequired() {
        for i in schema.requiredIndices {
            let key = schema.keys[i]
            guard let pair = slots[i] else {
                sink.report(.missingKey, at: node.location, "\(schema.noun) needs `\(key)`")
                continue
            }
            if pair.value.isNull {
                sink.report(.missingKey, at: pair.key.location,
                            "`\(key)` has no value; \(schema.noun) needs one")
            }
        }
    }

    /// The schema index of `key`; a decoder asking for a key its schema does not
    /// declare is a programming error.
    private func index(_ key: String) -> Int? {
        guard let i = slots.index(of: key, in: schema) else {
            assertionFailure("\(key) is not in the schema of \(schema.noun)")
            return nil
        }
        return i
    }

    private func pair(_ key: String) -> YAMLPair? {
        index(key).flatMap { slots[$0] }
    }

    /// The value of `key`, nil when absent or null.
    func value(_ key: String) -> YAMLNode? {
        guard let value = pair(key)?.value, !value.isNull else { return nil }
        return value
    }

    func has(_ key: String) -> Bool { pair(key) != nil }

    func keyLocation(_ key: String) -> SourceLocation? { pair(key)?.key.location }

    func string(_ key: String) -> LString? {
        guard let i = index(key), let pair = slots[i], !pair.value.isNull,
              let text = ScalarDecoding.string(pair.value, key: key, sink) else { return nil }
        if schema.dateKeys & 1 << i != 0, LocalDate(text.value) == nil {
            sink.report(.wrongType, at: text.location,
                        "`\(key)` must be a date written YYYY-MM-DD, found `\(MessageText.escaped(text.value))`",
                        help: "write the day as year-month-day, e.g. `2026-11-16`")
            return nil
        }
        return text
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

    /// A list of fixed words (`[busy, no_answer]`); a single word counts as a list of one.
    func enumValues<E: RawRepresentable & CaseIterable & Sendable>(_ key: String, _: E.Type = E.self) -> [Located<E>]
    where E.RawValue == String {
        strings(key).compactMap { ScalarDecoding.enumValue($0, key: key, sink) }
    }

    /// A list of objects, each decoded by `decode` (nil entries are dropped: they
    /// were reported).
    func list<T>(_ key: String, _ decode: (YAMLNode) -> T?) -> [T] {
        guard let node = value(key) else { return [] }
        guard node.kind == .sequence else {
            sink.report(.wrongType, at: node.location,
                        "`\(key)` must be a list (lines starting with `- `), found \(node.kindDescription)")
            return []
        }
        var result: [T] = []
        result.reserveCapacity(node.childCount)
        node.forEachChild { if let value = decode($0) { result.append(value) } }
        return result
    }

    func object<T>(_ key: String, _ decode: (YAMLNode) -> T?) -> T? {
        value(key).flatMap(decode)
    }

    /// The entries of a mapping whose keys are names (e.g. `schedules`, menu options).
    func entries(_ key: String) -> [YAMLPair] {
        guard let node = value(key) else { return [] }
        guard node.kind == .mapping else {
            sink.report(.wrongType, at: node.location,
                        "`\(key)` must be a mapping of names to values, found \(node.kindDescription)")
            return []
        }
        return node.pairs
    }
}
