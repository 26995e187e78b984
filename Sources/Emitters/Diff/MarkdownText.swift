import Diagnostics

/// Free text (names, ids, numbers) inside one line of Markdown — a list item or a
/// heading of the `diff` comment. It must stay that one line of plain text: a line
/// break would start a new block (a heading, a list, a code fence), and `[`, `![`,
/// `<` or `` ` `` would start a link, an image, raw HTML or code. Line breaks and
/// other control characters become spaces; the characters CommonMark gives a meaning
/// are escaped with a backslash (which every Markdown renderer shows as the
/// character itself), and `<` `>` `&` as HTML entities.
enum MarkdownText {
    static func inline(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "#", "!", "|", "~", "{", "}":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default:
                if MessageText.isHidden(scalar) { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
