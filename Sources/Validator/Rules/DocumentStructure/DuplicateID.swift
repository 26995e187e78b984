import Diagnostics
import Parser

/// `duplicate-id`: ids name one thing. Users, hunt groups and menus share one
/// namespace (a destination names any of them); schedules, porting requests, orders
/// and portal users have their own; customer ids are unique in the repository.
enum DuplicateID: CustomerRule, RepositoryRule {
    static let description = RuleDescription(
        id: "duplicate-id", severity: .error, section: .documentStructure,
        summary: "two entities with one id (users, groups, menus, schedules, porting, orders, customers)",
        rationale: """
        A destination such as `sales` must name exactly one thing, so users, hunt groups and IVR menus \
        share one set of ids. Schedules, porting requests, orders and portal usernames are unique among \
        their kind, and customer ids across the repository (they name the output folders). In a customer \
        folder the two places may be in different files; the note names the first.
        """,
        bad: [Example.customer("""
        users: [{ id: sales, name: Sales desk, extension: "201" }]
        hunt_groups: [{ id: ↓sales, extension: "101", members: ["201"], overflow: { after_seconds: 30, to: voicemail } }]
        """)],
        good: [Example.customer("""
        users: [{ id: jan, name: Jan, extension: "201" }]
        hunt_groups: [{ id: sales, extension: "101", members: [jan], overflow: { after_seconds: 30, to: voicemail } }]
        """)])

    static func check(_ c: CustomerContext) {
        let entityIDs = c.entities.all.compactMap { e in e.id.map { ($0, e.label) } }
        report(entityIDs, kind: "id", c.report)
        report(c.customer.schedules.map { ($0.id, "schedule `\($0.id.value)`") }, kind: "schedule id", c.report)
        report(c.customer.porting.compactMap { p in p.id.map { ($0, "porting request `\($0.value)`") } },
               kind: "porting request id", c.report)
        report(c.customer.orders.compactMap { o in o.id.map { ($0, "order `\($0.value)`") } }, kind: "order id", c.report)
        report(c.customer.portalUsers.compactMap { u in u.username.map { ($0, "portal user `\($0.value)`") } },
               kind: "portal username", c.report)
    }

    static func check(_ r: RepositoryContext) {
        report(r.customerIDs.map { (LString($0.id, at: $0.location), "customer `\($0.id)`") },
               kind: "customer id", r.report)
    }

    private typealias Reporter = (RuleDescription, SourceLocation, String, [(String, SourceLocation?)], String?) -> Void

    private static func report(_ ids: [(LString, String)], kind: String, _ report: Reporter) {
        var first: [String: (LString, String)] = [:]
        for (id, label) in ids {
            if let (earlier, earlierLabel) = first[id.value] {
                report(description, id.location, "\(kind) `\(id.value)` is already used by \(earlierLabel)",
                       [("first defined here", earlier.location)], "give each one its own \(kind)")
            } else {
                first[id.value] = (id, label)
            }
        }
    }
}
