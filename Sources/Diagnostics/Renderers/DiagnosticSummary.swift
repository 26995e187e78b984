/// Counts printed after the diagnostics (text) or beside them (JSON).
public struct DiagnosticSummary: Codable, Equatable, Sendable {
    public var errors: Int
    public var warnings: Int
    public var files: Int
    public var customers: Int

    public init(errors: Int, warnings: Int, files: Int, customers: Int) {
        self.errors = errors
        self.warnings = warnings
        self.files = files
        self.customers = customers
    }

    public init(diagnostics: [Diagnostic], files: Int, customers: Int) {
        self.init(errors: diagnostics.errorCount, warnings: diagnostics.warningCount,
                  files: files, customers: customers)
    }
}
