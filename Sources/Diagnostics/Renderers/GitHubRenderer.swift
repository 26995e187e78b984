/// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`), escaped
/// as the Actions toolkit does: `%`, CR and LF everywhere, and `:` and `,` in
/// properties. Errors come first; GitHub shows at most 10 errors and 10 warnings as
/// annotations per step, so only those are written, then one summary line.
public struct GitHubRenderer {
    public static let shownPerSeverity = 10

    public init() {}

    public func render(_ diagnostics: [Diagnostic], summary: DiagnosticSummary) -> String {
        var out = ""
        var left: [Severity: Int] = [:]
        let ordered = diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity == .warning }
        for d in ordered {
            left[d.severity, default: 0] += 1
            guard left[d.severity]! <= Self.shownPerSeverity else { continue }
            let command = d.severity == .error ? "error" : "warning"
            let properties = [
                "file=\(Self.property(d.location.path))", "line=\(d.location.line)", "col=\(d.location.column)",
                "endColumn=\(d.location.column + max(1, d.location.length))", "title=\(Self.property("pbxc \(d.rule)"))",
            ].joined(separator: ",")
            let message = ([d.message] + d.notes.map { "note: \($0.message)" } + [d.help.map { "help: \($0)" }].compactMap { $0 })
                .joined(separator: "\n")
            out += "::\(command) \(properties)::\(Self.data(message))\n"
        }
        let hidden = max(0, summary.errors - Self.shownPerSeverity) + max(0, summary.warnings - Self.shownPerSeverity)
        out += "::notice title=pbxc::\(Self.data("\(summary.errors) error\(summary.errors == 1 ? "" : "s"), \(summary.warnings) warning\(summary.warnings == 1 ? "" : "s") in \(summary.files) files (\(summary.customers) customers)\(hidden > 0 ? "; \(hidden) not shown as annotations (run pbxc check for all)" : "")"))\n"
        return out
    }

    /// The toolkit's `escapeData`.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// The toolkit's `escapeProperty`.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
