import Diagnostics

/// Scalars typed by the schema, never by YAML 1.1 guessing: a string field takes the
/// text as written (`0201`, `1186DM`, `08:30`, `NO`), a boolean field takes only
/// `true`/`false`, a number field only digits.
enum ScalarDecoding {
    static func string(_ node: YAMLNode, key: String, _ sink: DiagnosticSink) -> LString? {
        guard node.kind == .scalar else {
            sink.report(.wrongType, at: node.location,
                        "`\(key)` must be a text value, found \(node.kindDescription)")
            return nil
        }
        return node.isNull ? nil : LString(node.scalar ?? "", at: node.location)
    }

    static func bool(_ node: YAMLNode, key: String, _ sink: DiagnosticSink) -> Located<Bool>? {
        guard let text = string(node, key: key, sink) else { return nil }
        switch text.value.lowercased() {
        case "true": return Located(true, at: text.location)
        case "false": return Located(false, at: text.location)
        default:
            let hint: String? = ["yes", "on", "y"].contains(text.value.lowercased()) ? "write `true`"
                : ["no", "off", "n"].contains(text.value.lowercased()) ? "write `false`" : nil
            sink.report(.wrongType, at: text.location,
                        "`\(key)` must be `true` or `false`, found `\(text.value)`",
                        help: hint ?? "write `true` or `false`")
            return nil
        }
    }

    static func int(_ node: YAMLNode, key: String, _ sink: DiagnosticSink) -> Located<Int>? {
        guard let text = string(node, key: key, sink) else { return nil }
        guard !text.value.isEmpty, text.value.count <= 9, text.value.allSatisfy({ $0.isASCII && $0.isNumber }),
              let value = Int(text.value) else {
            sink.report(.wrongType, at: text.location,
                        "`\(key)` must be a whole number, found `\(text.value)`")
            return nil
        }
        return Located(value, at: text.location)
    }

    static func enumValue<E: RawRepresentable & CaseIterable & Sendable>(
        _ node: YAMLNode, key: String, _ sink: DiagnosticSink
    ) -> Located<E>? where E.RawValue == String {
        string(node, key: key, sink).flatMap { enumValue($0, key: key, sink) }
    }

    static func enumValue<E: RawRepresentable & CaseIterable & Sendable>(
        _ text: LString, key: String, _ sink: DiagnosticSink
    ) -> Located<E>? where E.RawValue == String {
        if let value = E(rawValue: text.value) { return Located(value, at: text.location) }
        let allowed = E.allCases.map(\.rawValue)
        sink.report(.wrongType, at: text.location,
                    "`\(key)` must be one of \(allowed.map { "`\($0)`" }.joined(separator: ", ")), found `\(text.value)`",
                    help: Suggestions.didYouMean(text.value, in: allowed))
        return nil
    }

    static func strings(_ node: YAMLNode, key: String, _ sink: DiagnosticSink) -> [LString] {
        switch node.kind {
        case .scalar:
            return string(node, key: key, sink).map { [$0] } ?? []
        case .sequence:
            var result: [LString] = []
            result.reserveCapacity(node.childCount)
            node.forEachChild { if let value = string($0, key: key, sink) { result.append(value) } }
            return result
        case .mapping:
            sink.report(.wrongType, at: node.location,
                        "`\(key)` must be a list of text values, found a mapping")
            return []
        }
    }
}
