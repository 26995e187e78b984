import Foundation

/// Renders diagnostics as one JSON document, stable for tools and tests
/// (shape in docs/outputs.md): keys sorted, paths relative to the repository root,
/// lines and columns from 1. New fields may be added; none is renamed. `formatVersion`
/// goes up when a field changes meaning or goes away, so that a tool can refuse a
/// document it does not understand.
public struct JSONRenderer {
    public init() {}

    /// The version of the document's shape (docs/outputs.md).
    public static let formatVersion = 1

    struct Document: Encodable {
        var formatVersion = JSONRenderer.formatVersion
        var diagnostics: [Entry]
        var summary: DiagnosticSummary
    }

    struct Entry: Encodable {
        var rule: String
        var severity: Severity
        var message: String
        var file: String
        var line: Int
        var column: Int
        var end_column: Int
        var notes: [NoteEntry]
        var help: String?
    }

    struct NoteEntry: Encodable {
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
    }

    public func render(_ diagnostics: [Diagnostic], summary: DiagnosticSummary) -> String {
        let doc = Document(diagnostics: diagnostics.map { d in
            Entry(rule: d.rule, severity: d.severity, message: d.message,
                  file: d.location.path, line: d.location.line, column: d.location.column,
                  end_column: d.location.column + d.location.length,
                  notes: d.notes.map {
                      NoteEntry(message: $0.message, file: $0.location?.path,
                                line: $0.location?.line, column: $0.location?.column)
                  },
                  help: d.help)
        }, summary: summary)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(doc)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
