/// `# pbxc: ignore[rule-id, other-id] reason` in a YAML comment silences those rules'
/// findings on the comment's own line, or — for a comment on a line of its own — on
/// the next line. A reason is required; a suppression that silences nothing is
/// reported, so stale ones do not pile up.
public struct Suppression: Sendable, Hashable {
    public var location: Diagnostic.Location
    /// The line whose findings it silences.
    public var target: Int
    public var rules: [String]
    public var reason: String

    public static let marker = Array("pbxc: ignore[".utf8)
    public static let unusedRule = "suppression-unused"
    public static let reasonRule = "suppression-reason"

    /// Every suppression comment of a file's bytes (a fast scan: most files have none).
    public static func scan(_ bytes: [UInt8], path: String) -> [Suppression] {
        guard bytes.count >= marker.count else { return [] }
        var result: [Suppression] = []
        var line = 1, lineStart = 0, i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = i + 1
            } else if byte == UInt8(ascii: "#"), i + 1 + marker.count <= bytes.count {
                var j = i + 1
                while j < bytes.count, bytes[j] == UInt8(ascii: " ") { j += 1 }
                if j + marker.count <= bytes.count, Array(bytes[j..<j + marker.count]) == marker,
                   let close = bytes[(j + marker.count)...].firstIndex(of: UInt8(ascii: "]")) {
                    let ids = String(decoding: bytes[(j + marker.count)..<close], as: UTF8.self)
                        .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    let end = bytes[close...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                    let reason = String(decoding: bytes[(close + 1)..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                    let ownLine = bytes[lineStart..<i].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
                    let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).unicodeScalars.count + 1
                    result.append(Suppression(location: .init(path: path, line: line, column: column, length: end - i),
                                              target: ownLine ? line + 1 : line, rules: ids, reason: reason))
                }
            }
            i += 1
        }
        return result
    }

    /// `diagnostics` without the silenced ones, plus findings about the suppressions.
    public static func apply(_ suppressions: [Suppression], to diagnostics: [Diagnostic]) -> [Diagnostic] {
        var used = Set<Int>()
        var kept: [Diagnostic] = []
        for d in diagnostics {
            if let index = suppressions.firstIndex(where: { s in
                s.location.path == d.location.path && s.target == d.location.line && s.rules.contains(d.rule) && !s.reason.isEmpty
            }) {
                used.insert(index)
            } else {
                kept.append(d)
            }
        }
        for (i, s) in suppressions.enumerated() {
            if s.reason.isEmpty {
                kept.append(Diagnostic(rule: reasonRule, severity: .error,
                                       message: "this suppression gives no reason, so it silences nothing",
                                       location: s.location, help: "say why after the bracket: `# pbxc: ignore[\(s.rules.joined(separator: ", "))] <reason>`"))
            } else if !used.contains(i) {
                kept.append(Diagnostic(rule: unusedRule, severity: .warning,
                                       message: "this suppression of \(s.rules.map { "`\($0)`" }.joined(separator: ", ")) silences nothing on line \(s.target)",
                                       location: s.location, help: "remove it: the finding it was for is gone"))
            }
        }
        return kept
    }
}
