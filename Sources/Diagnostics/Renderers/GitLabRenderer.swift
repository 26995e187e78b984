import Foundation

/// GitLab Code Quality (a JSON array, the subset of CodeClimate GitLab reads):
/// description, check_name (the rule id), severity (error → major, warning → minor),
/// location (path, lines.begin) and a fingerprint that is unique per finding and
/// stable across runs (FNV-1a over rule, path, line, column and message; a repeat of
/// the same finding gets its ordinal mixed in).
public struct GitLabRenderer {
    public init() {}

    struct Issue: Encodable {
        var description: String
        var check_name: String
        var fingerprint: String
        var severity: String
        var location: Location
    }

    struct Location: Encodable {
        var path: String
        var lines: Lines
    }

    struct Lines: Encodable { var begin: Int }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        var seen: [String: Int] = [:]
        let issues = diagnostics.map { d -> Issue in
            let key = "\(d.rule)\u{0}\(d.location.path)\u{0}\(d.location.line)\u{0}\(d.location.column)\u{0}\(d.message)"
            let repeatCount = seen[key, default: 0]
            seen[key] = repeatCount + 1
            return Issue(description: "\(d.rule): \(d.message)", check_name: d.rule,
                         fingerprint: Self.fingerprint(repeatCount == 0 ? key : "\(key)\u{0}\(repeatCount)"),
                         severity: d.severity == .error ? "major" : "minor",
                         location: Location(path: d.location.path, lines: Lines(begin: d.location.line)))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(issues)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// 128 bits of FNV-1a (two 64-bit lanes with different offsets), in hex.
    static func fingerprint(_ text: String) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 ^ 0x5bd1_e995
        }
        return String(a, radix: 16).leftPadded(16) + String(b, radix: 16).leftPadded(16)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
