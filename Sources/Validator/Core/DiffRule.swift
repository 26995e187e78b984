import Domain
/// A rule that `pbxc diff` checks between two revisions (the life cycles of
/// the spec's rules.md). It runs on the new revision with a snapshot of the old one.
public protocol DiffRule: Sendable {
    static var description: RuleDescription { get }
    static func check(_ customer: CustomerContext, old: LifecycleSnapshot)
}

extension RuleRegistry {
    /// Ids of the rules only `pbxc diff` checks.
    public static let diffRuleIDs = Set(diffRules.map { $0.description.id })

    /// Runs every life-cycle rule on a customer's new revision.
    public static func checkLifecycles(_ customer: CustomerContext, old: LifecycleSnapshot) {
        for rule in diffRules { rule.check(customer, old: old) }
    }

    /// Separates the two revisions of a diff rule's example (old above, new below).
    public static let revisionSeparator = "# ---- the next revision ----"
}
