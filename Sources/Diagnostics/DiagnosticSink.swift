/// Collects diagnostics during one pass over some files. Not shared between
/// threads: each worker has its own sink, and their diagnostics are merged.
public final class DiagnosticSink {
    public let files: SourceFiles
    public private(set) var diagnostics: [Diagnostic] = []
    /// Secrets written in the files (literal passwords), so that printed source lines
    /// can be masked: no diagnostic may ever show one.
    public private(set) var secrets: [SecretSpan] = []
    /// `# pbxc: ignore[…]` comments of the files read (Suppressions.swift).
    public var suppressions: [Suppression] = []

    public init(files: SourceFiles) {
        self.files = files
    }

    /// Reports a finding at `location`; `notes` may point at other places.
    public func report(_ rule: String, _ severity: Severity, at location: SourceLocation,
                       _ message: String, notes: [(String, SourceLocation?)] = [],
                       help: String? = nil) {
        diagnostics.append(Diagnostic(
            rule: rule, severity: severity, message: message,
            location: files.location(location),
            notes: notes.map { Diagnostic.Note($0.0, at: $0.1.map(files.location)) },
            help: help))
    }

    /// Records a secret value and where it stands.
    public func markSecret(at location: SourceLocation, value: String) {
        secrets.append(SecretSpan(location: files.location(location), value: value))
    }

    public func append(secrets more: [SecretSpan]) {
        secrets.append(contentsOf: more)
    }

    public func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }
}

/// A secret written in a source file: its place and its text.
public struct SecretSpan: Sendable, Hashable {
    public var location: Diagnostic.Location
    public var value: String

    public init(location: Diagnostic.Location, value: String) {
        self.location = location
        self.value = value
    }
}
