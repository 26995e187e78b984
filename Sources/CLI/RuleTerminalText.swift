import Validator

/// A rule's documentation for a terminal (`pbxc explain`): the same content as its page
/// in docs/rules/, without Markdown syntax — no `#` headings, backticks or fences — with
/// prose wrapped to 80 columns and the examples indented.
enum RuleTerminalText {
    static let width = 80

    static func render(_ rule: RuleDescription) -> String {
        var out = "\(rule.id) (\(rule.severity == .error ? "error" : "warning"))\n\n"
        out += wrap(plain(rule.summary), indent: "  ") + "\n\n"
        for paragraph in rule.rationale.components(separatedBy: "\n\n") {
            out += wrap(plain(paragraph), indent: "  ") + "\n\n"
        }
        for example in rule.bad {
            out += "  Bad (↓ marks where the finding points):\n\n" + indented(example) + "\n"
        }
        for example in rule.good {
            out += "  Good:\n\n" + indented(example) + "\n"
        }
        return out
    }

    /// Prose without Markdown code marks (the words read the same without them).
    static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "`", with: "").split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Words filled into lines of at most `width` columns, each starting with `indent`.
    static func wrap(_ text: String, indent: String) -> String {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, indent.count + line.count + 1 + word.count > width {
                lines.append(indent + line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(indent + line) }
        return lines.joined(separator: "\n")
    }

    static func indented(_ example: String) -> String {
        example.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }.joined(separator: "\n") + "\n"
    }
}
