import Domain
import Diagnostics
import Parser

/// The sections of the rule catalog (docs/rules/), in catalog order.
public enum RuleSection: String, Sendable, CaseIterable {
    case documentStructure = "Document structure"
    case numberplan = "Numberplan"
    case extensions = "Extensions"
    case usersAndDevices = "Users and devices"
    case huntGroups = "Hunt groups"
    case ivrMenus = "IVR menus"
    case schedules = "Schedules and night mode"
    case porting = "Porting"
    case orders = "Orders"
    case lifecycles = "Life cycles (pbxc diff)"
}

/// Everything a user can learn about a rule: its stable id, severity, what it checks
/// and why, and examples. The examples are full customer files; `↓` in a bad example
/// marks where the diagnostic must point. One generic test runs every example, and
/// `pbxc explain` prints them.
public struct RuleDescription: Sendable {
    public let id: String
    public let severity: Severity
    public let section: RuleSection
    /// One line, as in the catalog.
    public let summary: String
    /// Why the rule exists and what to do, with its source (seed § or "beyond").
    public let rationale: String
    public let bad: [String]
    public let good: [String]

    public init(id: String, severity: Severity, section: RuleSection, summary: String, rationale: String,
                bad: [String], good: [String]) {
        self.id = id
        self.severity = severity
        self.section = section
        self.summary = summary
        self.rationale = rationale
        self.bad = bad
        self.good = good
    }

    /// The description of a rule the parser reports: its id and severity are the
    /// parser's own (`ParserRule`), so the two cannot disagree.
    public init(reportedBy rule: ParserRule, section: RuleSection, summary: String, rationale: String,
                bad: [String], good: [String]) {
        self.init(id: rule.id, severity: rule.severity, section: section, summary: summary, rationale: rationale,
                  bad: bad, good: good)
    }
}

/// A rule that checks one customer at a time.
public protocol CustomerRule: Sendable {
    static var description: RuleDescription { get }
    static func check(_ customer: CustomerContext)
}

/// A rule reported by the parser (document structure); documented like the others.
public protocol StructureRule: Sendable {
    static var description: RuleDescription { get }
}

/// A rule over the whole repository (e.g. a MAC used by two customers).
public protocol RepositoryRule: Sendable {
    static var description: RuleDescription { get }
    static func check(_ repository: RepositoryContext)
}

/// A rule that only `pbxc build` can check, because it needs what `check` never reads
/// (secret values). Its description lives here with the others; its check is in the
/// build step named in its rationale.
public protocol BuildRule: Sendable {
    static var description: RuleDescription { get }
}
