/// Fingerprints that let a CI system recognise a finding from one run to the next
/// (SARIF `partialFingerprints`, GitLab Code Quality `fingerprint`), so that a review
/// shows only the findings a change introduced.
///
/// A fingerprint is taken over the rule, the file and the message — never the line or
/// column, which shift whenever a line is added above. Messages name the entity
/// (`user `jan``, the number) and no line numbers (other places are notes), so they
/// tell findings apart. Findings that still share rule, file and message get their
/// ordinal among them (in print order) mixed in, which moving lines cannot change.
public enum FindingFingerprints {
    /// One fingerprint per diagnostic, in the same order.
    public static func of(_ diagnostics: [Diagnostic]) -> [String] {
        var seen: [String: Int] = [:]
        return diagnostics.map { d in
            let key = "\(d.rule)\u{0}\(d.location.path)\u{0}\(d.message)"
            let repeatCount = seen[key, default: 0]
            seen[key] = repeatCount + 1
            return hash(repeatCount == 0 ? key : "\(key)\u{0}\(repeatCount)")
        }
    }

    /// 128 bits of FNV-1a (two 64-bit lanes with different offsets), in hex: the same on
    /// every machine and Swift version, unlike `Hasher`.
    static func hash(_ text: String) -> String {
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
