/// A parsed extensions.conf, as Asterisk's pbx_config reads it (the subset pbxc
/// writes: contexts, `include =>`, `exten =>` with numbered or `n` priorities and
/// labels, `same =>`, hints). Parse problems are collected, not thrown, so a test
/// can show them all.
struct DialplanFile {
    struct Priority {
        var number: Int
        var label: String?
        var app: String
        var args: String
        var line: Int
    }

    struct Context {
        var name: String
        var includes: [String] = []
        /// Extension name → its priorities in order.
        var extensions: [String: [Priority]] = [:]
        var hints: [String: String] = [:]
    }

    var contexts: [String: Context] = [:]
    var order: [String] = []
    var problems: [String] = []

    init(_ text: String) {
        var current: String?
        var lastExten: String?
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Self.stripComment(String(raw)).trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else { problems.append("line \(n + 1): bad context header"); continue }
                let name = String(line.dropFirst().dropLast())
                if contexts[name] != nil { problems.append("line \(n + 1): context \(name) defined twice") }
                contexts[name] = Context(name: name)
                order.append(name)
                current = name
                lastExten = nil
                continue
            }
            guard let context = current else { problems.append("line \(n + 1): outside any context"); continue }
            guard let arrow = line.range(of: "=>") else { problems.append("line \(n + 1): no `=>`"); continue }
            let keyword = line[..<arrow.lowerBound].trimmingCharacters(in: .whitespaces)
            let rest = line[arrow.upperBound...].trimmingCharacters(in: .whitespaces)
            switch keyword {
            case "include":
                contexts[context]!.includes.append(rest)
            case "exten", "same":
                var fields = rest.split(separator: ",", maxSplits: keyword == "exten" ? 2 : 1, omittingEmptySubsequences: false)
                    .map(String.init)
                let exten: String
                if keyword == "exten" {
                    guard fields.count == 3 else { problems.append("line \(n + 1): exten needs name,priority,app"); continue }
                    exten = fields.removeFirst()
                } else {
                    guard let last = lastExten, fields.count == 2 else {
                        problems.append("line \(n + 1): `same` without an extension before it"); continue
                    }
                    exten = last
                }
                lastExten = exten
                var priorityText = fields[0]
                if priorityText == "hint" {
                    contexts[context]!.hints[exten] = fields[1]
                    continue
                }
                var label: String?
                if let open = priorityText.firstIndex(of: "("), priorityText.hasSuffix(")") {
                    label = String(priorityText[priorityText.index(after: open)..<priorityText.index(before: priorityText.endIndex)])
                    priorityText = String(priorityText[..<open])
                }
                let existing = contexts[context]!.extensions[exten] ?? []
                let number: Int
                if priorityText == "n" {
                    guard let previous = existing.last else { problems.append("line \(n + 1): `n` with no priority 1"); continue }
                    number = previous.number + 1
                } else if let value = Int(priorityText) {
                    number = value
                } else {
                    problems.append("line \(n + 1): bad priority `\(priorityText)`"); continue
                }
                if existing.contains(where: { $0.number == number }) {
                    problems.append("line \(n + 1): \(context)/\(exten) priority \(number) twice")
                }
                if let label, existing.contains(where: { $0.label == label }) {
                    problems.append("line \(n + 1): \(context)/\(exten) label \(label) twice")
                }
                let call = fields[1]
                guard let paren = call.firstIndex(of: "("), call.hasSuffix(")") else {
                    problems.append("line \(n + 1): `\(call)` is not App(args)"); continue
                }
                let args = String(call[call.index(after: paren)..<call.index(before: call.endIndex)])
                contexts[context]!.extensions[exten, default: []].append(
                    Priority(number: number, label: label, app: String(call[..<paren]), args: args, line: n + 1))
            default:
                problems.append("line \(n + 1): unknown keyword `\(keyword)`")
            }
        }
    }

    /// Text before an unescaped `;`.
    static func stripComment(_ line: String) -> String {
        var out = ""
        var previous: Character?
        for c in line {
            if c == ";" && previous != "\\" { break }
            out.append(c)
            previous = c
        }
        return out
    }

    /// Splits arguments at top-level commas (not inside `${…}`, `$[…]` or parentheses).
    static func split(_ args: String, on separator: Character = ",") -> [String] {
        var parts: [String] = [], current = "", depth = 0
        for c in args {
            if "([{".contains(c) { depth += 1 }
            if ")]}".contains(c) { depth -= 1 }
            if c == separator && depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current)
        return parts
    }

    /// The `true:false` targets of `GotoIf(cond?a:b)` / `GotoIfTime(…?a:b)` and the text before `?`.
    static func conditional(_ args: String) -> (condition: String, targets: [String])? {
        var depth = 0
        for (offset, c) in args.enumerated() {
            if "([{".contains(c) { depth += 1 }
            if ")]}".contains(c) { depth -= 1 }
            if c == "?" && depth == 0 {
                let condition = String(args.prefix(offset))
                let branches = String(args.dropFirst(offset + 1))
                return (condition, split(branches, on: ":").filter { !$0.isEmpty })
            }
        }
        return nil
    }
}
