/// Renders diagnostics the way a good compiler does:
///
///     customers/acme/users.yaml:14:16: error[extension-format]: extension "20115" has 5 digits; …
///        |
///     14 |     extension: "20115"
///        |                ^^^^^^^
///        = note: extensions in use nearby: 201, 202, 209
///        = help: did you mean `sales`?
///
/// Colour is the caller's decision (terminal, `NO_COLOR`), never this renderer's.
public struct TextRenderer {
    public var color: Bool
    public var sources: SourceLineProvider?

    public init(color: Bool = false, sources: SourceLineProvider? = nil) {
        self.color = color
        self.sources = sources
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for diagnostic in diagnostics {
            out += render(diagnostic)
        }
        return out
    }

    public func render(_ d: Diagnostic) -> String {
        let loc = d.location
        let severityText = d.severity == .error
            ? paint("error[\(d.rule)]", "1;31") : paint("warning[\(d.rule)]", "1;33")
        var out = "\(loc.path):\(loc.line):\(loc.column): \(severityText): \(paint(d.message, "1"))\n"
        if let text = sources?.line(loc.line, of: loc.path) {
            let gutter = String(repeating: " ", count: String(loc.line).count)
            let bar = paint("|", "1;34")
            let visible = text.replacingTabs()
            let pad = String(repeating: " ", count: max(0, loc.column - 1))
            let width = min(loc.length, max(1, visible.unicodeScalars.count - (loc.column - 1)))
            let caret = String(repeating: "^", count: max(1, width))
            out += "\(gutter) \(bar)\n"
            out += "\(paint(String(loc.line), "1;34")) \(bar) \(visible)\n"
            out += "\(gutter) \(bar) \(pad)\(paint(caret, d.severity == .error ? "1;31" : "1;33"))\n"
        }
        let indent = String(repeating: " ", count: String(loc.line).count)
        for note in d.notes {
            var text = note.message
            if let at = note.location { text += " (\(at.path):\(at.line):\(at.column))" }
            out += "\(indent) = \(paint("note", "1")): \(text)\n"
        }
        if let help = d.help {
            out += "\(indent) = \(paint("help", "1;36")): \(help)\n"
        }
        return out
    }

    /// The closing line: "2 errors, 1 warning in 5 files (3 customers)".
    public func summary(_ s: DiagnosticSummary) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(s.errors, "error")), \(plural(s.warnings, "warning")) in "
            + "\(plural(s.files, "file")) (\(plural(s.customers, "customer")))\n"
    }

    private func paint(_ text: String, _ sgr: String) -> String {
        color ? "\u{1B}[\(sgr)m\(text)\u{1B}[0m" : text
    }
}

extension String {
    /// Tabs shown as one space each so that the caret column (counted in scalars) lines up.
    fileprivate func replacingTabs() -> String {
        String(unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
    }
}
