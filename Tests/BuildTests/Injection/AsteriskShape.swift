/// The structure of an Asterisk configuration file as Asterisk's config reader sees
/// it (main/config.c, pbx_config): lines split at LF only, `;` starts a comment unless
/// escaped, `;--` … `--;` is a block comment, `#include`/`#exec` are directives,
/// `[name]` starts a section, anything else is `name = value` or `name => value`.
/// Names change with ids, so a line's shape keeps only what structure is made of: the
/// kind of line, the section it is in, a dialplan line's pattern shape, priority,
/// application and argument count, the keys of settings, and how many `${` and `$[`
/// (what Asterisk evaluates) it holds.
struct AsteriskShape: Equatable {
    struct Line: Equatable, CustomStringConvertible {
        var section: Int
        var kind: String
        var detail: String
        var evaluated: Int
        var description: String { "section \(section): \(kind) \(detail) (\(evaluated) evaluated)" }
    }

    var lines: [Line] = []
    /// Bytes Asterisk's reader cannot take: NUL ends a C string mid-line.
    var nul = false

    init(_ bytes: [UInt8]) {
        nul = bytes.contains(0)
        var section = 0
        var inBlockComment = false
        for raw in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let line = String(decoding: raw, as: UTF8.self)
            let content = Self.stripComments(line, inBlock: &inBlockComment)
            let text = content.trimming(" \t\r\u{0B}\u{0C}")
            if text.isEmpty { continue }
            if text.hasPrefix("[") {
                section += 1
                let close = text.firstIndex(of: "]")
                let rest = close.map { String(text[text.index(after: $0)...]) } ?? "unclosed"
                lines.append(Line(section: section, kind: "section", detail: rest.isEmpty ? "" : "(template) \(rest.prefix(1))",
                                  evaluated: Self.evaluated(text)))
                continue
            }
            if text.hasPrefix("#") {
                lines.append(Line(section: section, kind: "directive", detail: String(text.prefix(8)), evaluated: Self.evaluated(text)))
                continue
            }
            guard let equals = text.firstIndex(of: "=") else {
                lines.append(Line(section: section, kind: "garbage", detail: "", evaluated: Self.evaluated(text)))
                continue
            }
            let name = text[..<equals].trimming(" \t")
            var value = text[text.index(after: equals)...]
            if value.first == ">" { value = value.dropFirst() }
            let valueText = value.trimming(" \t")
            switch name {
            case "exten":
                let parts = Self.splitTopLevel(valueText, max: 3)
                let pattern = parts.first.map(Self.patternShape) ?? ""
                let priority = parts.count > 1 ? Self.priorityShape(parts[1]) : "?"
                let application = parts.count > 2 ? Self.application(parts[2]) : "?"
                lines.append(Line(section: section, kind: "exten", detail: "\(pattern) \(priority) \(application)",
                                  evaluated: Self.evaluated(valueText)))
            case "same":
                let parts = Self.splitTopLevel(valueText, max: 2)
                let priority = Self.priorityShape(parts.first ?? "")
                let application = parts.count > 1 ? Self.application(parts[1]) : "?"
                lines.append(Line(section: section, kind: "same", detail: "\(priority) \(application)", evaluated: Self.evaluated(valueText)))
            case "member":
                lines.append(Line(section: section, kind: "member", detail: "args \(Self.splitTopLevel(valueText, max: .max).count)",
                                  evaluated: Self.evaluated(valueText)))
            default:
                lines.append(Line(section: section, kind: "setting", detail: name, evaluated: Self.evaluated(valueText)))
            }
        }
    }

    /// The line without its comments, as config.c strips them.
    static func stripComments(_ line: String, inBlock: inout Bool) -> String {
        var out = ""
        let chars = Array(line.unicodeScalars)
        var i = 0
        while i < chars.count {
            if inBlock {
                if chars[i] == "-", i + 2 < chars.count, chars[i + 1] == "-", chars[i + 2] == ";" {
                    inBlock = false
                    i += 3
                } else {
                    i += 1
                }
                continue
            }
            if chars[i] == "\\", i + 1 < chars.count, chars[i + 1] == ";" {
                out += "\\;"
                i += 2
                continue
            }
            if chars[i] == ";" {
                if i + 2 < chars.count, chars[i + 1] == "-", chars[i + 2] == "-" {
                    inBlock = true
                    i += 3
                    continue
                }
                break
            }
            out.unicodeScalars.append(chars[i])
            i += 1
        }
        return out
    }

    /// `text` split at commas outside parentheses, brackets and quotes, not escaped;
    /// the last part takes the rest once `max` parts are reached.
    static func splitTopLevel(_ text: String, max: Int) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var quoted = false
        var escaped = false
        for scalar in text.unicodeScalars {
            if escaped { escaped = false; current.unicodeScalars.append(scalar); continue }
            switch scalar {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            // As Asterisk's argument parser: a closing parenthesis or bracket without an
            // opening one is text.
            case "(", "[": if !quoted { depth += 1 }
            case ")", "]": if !quoted, depth > 0 { depth -= 1 }
            case "," where depth == 0 && !quoted && parts.count < max - 1:
                parts.append(current)
                current = ""
                continue
            default: break
            }
            current.unicodeScalars.append(scalar)
        }
        parts.append(current)
        return parts
    }

    /// Digits as `9`, letters as `a`, runs of one class as one: `+31887654000` and
    /// `+31887654011` have one shape, `_X.` keeps its pattern characters.
    static func patternShape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let mapped: Character = ("0"..."9").contains(scalar) ? "9"
                : (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)) && !text.hasPrefix("_") ? "a" : Character(scalar)
            if out.last != mapped || !"9a".contains(mapped) { out.append(mapped) }
        }
        return out
    }

    static func priorityShape(_ text: String) -> String {
        let trimmed = text.trimming(" ")
        if let open = trimmed.firstIndex(of: "(") { return String(trimmed[..<open]) + "(label)" }
        return trimmed
    }

    /// `App` and how many arguments Asterisk's argument parser splits its data into.
    static func application(_ text: String) -> String {
        let trimmed = text.trimming(" ")
        guard let open = trimmed.firstIndex(of: "(") else { return trimmed }
        var data = trimmed[trimmed.index(after: open)...]
        if data.last == ")" { data = data.dropLast() }
        return "\(trimmed[..<open])/\(splitTopLevel(String(data), max: .max).count)"
    }

    /// How many variable references and expressions Asterisk would evaluate.
    static func evaluated(_ text: String) -> Int {
        text.components(separatedBy: "${").count - 1 + text.components(separatedBy: "$[").count - 1
    }
}

extension String {
    func trimming(_ set: String) -> String {
        var s = Substring(self)
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    func trimming(_ set: String) -> String { String(self).trimming(set) }
}
