/// What output formats for code-scanning tools say about a rule (SARIF's rule
/// descriptors). The CLI fills it from the rule catalog; Diagnostics does not know it.
public struct RuleMetadata: Sendable {
    public var id: String
    public var severity: Severity
    public var summary: String
    public var rationale: String

    public init(id: String, severity: Severity, summary: String, rationale: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
    }
}
