import Diagnostics
import Domain

/// What checking one customer leaves for the rest of a run: its own findings, its
/// suppression comments (applied at the end, so they also silence findings of
/// repository-wide rules in its files) and the facts those rules need. A build keeps
/// it in its cache, so an unchanged customer need not be read again.
public struct CustomerCheck: Sendable, Codable, Equatable {
    public var diagnostics: [Diagnostic]
    public var suppressions: [Suppression]
    public var facts: CustomerFacts
    /// Whether its files hold literal secrets (passwords written in YAML). Such a check
    /// is never cached: printing its findings must mask them, and a cache holds no secret.
    public var hasLiteralSecrets: Bool

    /// Files other than the customer's YAML whose presence its findings depend on (the
    /// audio files `greeting-file` looks for), with what was found: a cached check holds
    /// only while each is still there, or still missing.
    public var probes: [FileProbe]

    public init(diagnostics: [Diagnostic], suppressions: [Suppression], facts: CustomerFacts, hasLiteralSecrets: Bool,
                probes: [FileProbe] = []) {
        self.diagnostics = diagnostics
        self.suppressions = suppressions
        self.facts = facts
        self.hasLiteralSecrets = hasLiteralSecrets
        self.probes = probes
    }
}
