import Compiler
import Diagnostics

/// Everything `pbxc diff` says, in every format: the changes per customer, the
/// customers not compared because a revision has errors, and the findings a reviewer
/// must see — the new revision's errors and the broken order and porting life cycles.
/// A format that showed the changes without the errors would read as "all clear".
public struct DiffReport: Codable, Equatable, Sendable {
    /// The version of the JSON document's shape (docs/outputs.md): it goes up when a field
    /// changes meaning or goes away.
    public var formatVersion = 1
    /// Customers with at least one change, by id.
    public var customers: [RoutingDiff]
    /// Customers with errors in either revision: not compared (they would look removed or added).
    public var notCompared: [String]
    /// The new revision's errors and the life-cycle findings, in print order.
    public var problems: [Problem]

    public struct Problem: Codable, Equatable, Sendable {
        public var rule: String
        public var severity: String
        public var message: String
        public var file: String
        public var line: Int
        public var column: Int

        /// `customers/acme/porting.yaml:12:13: error[porting-transition]: …`, the compiler's form.
        var text: String { "\(file):\(line):\(column): \(severity)[\(rule)]: \(message)" }
    }

    public init(diffs: [RoutingDiff], notCompared: [String], problems: [Diagnostic]) {
        customers = diffs.filter { !$0.changes.isEmpty }
        self.notCompared = notCompared.sorted()
        self.problems = problems.sortedAndUnique().map {
            Problem(rule: $0.rule, severity: $0.severity.rawValue, message: $0.message,
                    file: $0.location.path, line: $0.location.line, column: $0.location.column)
        }
    }

    /// Whether the report says anything but "no changes".
    var isClean: Bool { customers.isEmpty && notCompared.isEmpty && problems.isEmpty }
}
