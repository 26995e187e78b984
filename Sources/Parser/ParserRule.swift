import Diagnostics

/// The rules the parser reports itself, while it reads files: document structure, and
/// the two secret findings that only the reading sees (a password naming two sources,
/// a secrets folder git would commit). A value, not a string: a call site names the
/// rule and gets its id and its documented severity from here, and the generated rule
/// registry maps every case to the rule file that documents it
/// (`RuleRegistry.documentation(of:)`, an exhaustive switch — a case without its
/// documentation does not compile). The documentation and examples live with the other
/// rules, in `Sources/Validator/Rules/`.
public enum ParserRule: String, CaseIterable, Sendable {
    case yamlSyntax = "yaml-syntax"
    case duplicateKey = "duplicate-key"
    case unknownKey = "unknown-key"
    case wrongType = "wrong-type"
    case missingKey = "missing-key"
    case yamlLimits = "yaml-limits"
    case fileUnreadable = "file-unreadable"
    case fileNotRead = "file-not-read"
    case secretSource = "secret-source"
    case secretsFolderTracked = "secrets-folder-tracked"

    /// The stable id users see, suppress and look up with `pbxc explain`.
    public var id: String { rawValue }

    /// Findings about where a file is, rather than what it says, are warnings: the
    /// repository still builds.
    public var severity: Severity {
        switch self {
        case .fileNotRead, .secretsFolderTracked: .warning
        default: .error
        }
    }
}

extension DiagnosticSink {
    /// Reports a finding of a parser rule, with the rule's own severity.
    public func report(_ rule: ParserRule, at location: SourceLocation, _ message: String,
                       notes: [(String, SourceLocation?)] = [], help: String? = nil) {
        report(rule.id, rule.severity, at: location, message, notes: notes, help: help)
    }
}
