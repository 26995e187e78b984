/// Collects diagnostics during one pass over some files. Not shared between
/// threads: each worker has its own sink, and their diagnostics are merged.
public final class DiagnosticSink {
    public let files: SourceFiles
    public private(set) var diagnostics: [Diagnostic] = []

    public init(files: SourceFiles) {
        self.files = files
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

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

    public func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }
}
