/// Text from a customer's files shown inside a diagnostic message. A message is read
/// in a terminal, a CI log or a pull-request comment: a raw line break, escape
/// sequence or bidirectional override in a value would let that value forge lines,
/// colours or text direction there, so such characters are shown as escapes.
public enum MessageText {
    /// `text` with control, format and line-separator characters written as `\n`,
    /// `\t`, `\r` or `\u{1B}`, and a backslash as `\\`; cut at `limit` characters
    /// (marked with `…`) so a 64 KiB value does not fill the screen.
    public static func escaped(_ text: String, limit: Int = 80) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                out += "…"
                break
            }
            count += 1
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\\": out += "\\\\"
            default:
                if isHidden(scalar) {
                    out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Whether a character would act on the display instead of showing as a glyph.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}
