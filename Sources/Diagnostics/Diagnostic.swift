/// One finding: a stable rule id (from the rule catalog), a severity, a message that
/// says what is wrong and what to do, the exact place, notes pointing at the other
/// places involved, and an optional help line (a suggestion such as "did you mean").
///
/// Diagnostics are collected, never thrown: a run reports every problem it finds.
public struct Diagnostic: Hashable, Sendable, Codable {
    public struct Location: Hashable, Sendable, Codable, Comparable {
        /// Path relative to the repository root, `/`-separated.
        public var path: String
        public var line: Int
        public var column: Int
        /// Width of the offending value in columns (≥ 1), for the underline.
        public var length: Int

        public init(path: String, line: Int, column: Int, length: Int = 1) {
            self.path = path
            self.line = line
            self.column = column
            self.length = max(1, length)
        }

        public static func < (a: Location, b: Location) -> Bool {
            (a.path, a.line, a.column) < (b.path, b.line, b.column)
        }
    }

    public struct Note: Hashable, Sendable, Codable {
        public var message: String
        public var location: Location?
        public init(_ message: String, at location: Location? = nil) {
            self.message = message
            self.location = location
        }
    }

    public var rule: String
    public var severity: Severity
    public var message: String
    public var location: Location
    public var notes: [Note]
    public var help: String?

    public init(rule: String, severity: Severity, message: String, location: Location,
                notes: [Note] = [], help: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
        self.help = help
    }

    /// The order diagnostics are printed in: by file, line, column, then rule and
    /// message, so that output is deterministic whatever order rules ran in.
    public static func printOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.message < b.message
    }
}

extension Array where Element == Diagnostic {
    /// Sorted in print order with exact duplicates removed.
    public func sortedAndUnique() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return sorted(by: Diagnostic.printOrder).filter { seen.insert($0).inserted }
    }

    public var errorCount: Int { lazy.filter { $0.severity == .error }.count }
    public var warningCount: Int { lazy.filter { $0.severity == .warning }.count }
}
