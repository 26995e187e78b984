#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `# pbxc: ignore[rule-id, other-id] reason` in a YAML comment silences those rules'
/// findings on the comment's own line, or — for a comment on a line of its own — on
/// the next line. A reason is required; a suppression that silences nothing is
/// reported, so stale ones do not pile up.
public struct Suppression: Sendable, Hashable, Codable {
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
        var result: [Suppression] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let count = buffer.count
            var line = 1, lineStart = 0, counted = 0
            var from = 0
            // Comments are rare in YAML: jump from `#` to `#` with memchr.
            while from < count, let hit = memchr(base + from, Int32(UInt8(ascii: "#")), count - from) {
                let i = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
                from = i + 1
                var j = i + 1
                while j < count, buffer[j] == UInt8(ascii: " ") { j += 1 }
                guard j + marker.count <= count, marker.indices.allSatisfy({ buffer[j + $0] == marker[$0] }),
                      let close = (j + marker.count..<count).first(where: { buffer[$0] == UInt8(ascii: "]") || buffer[$0] == UInt8(ascii: "\n") }),
                      buffer[close] == UInt8(ascii: "]") else { continue }
                for k in counted..<i where buffer[k] == UInt8(ascii: "\n") {  // the line of this comment
                    line += 1
                    lineStart = k + 1
                }
                counted = i
                let ids = String(decoding: buffer[(j + marker.count)..<close], as: UTF8.self)
                    .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                let end = (close..<count).first { buffer[$0] == UInt8(ascii: "\n") } ?? count
                let reason = String(decoding: buffer[(close + 1)..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                let ownLine = buffer[lineStart..<i].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
                let column = String(decoding: buffer[lineStart..<i], as: UTF8.self).unicodeScalars.count + 1
                result.append(Suppression(location: .init(path: path, line: line, column: column, length: end - i),
                                          target: ownLine ? line + 1 : line, rules: ids, reason: reason))
            }
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
