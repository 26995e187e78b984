import Diagnostics
import Domain
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
        users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "805EC0123456", password: generate }] }]
        hunt_groups: [{ id: sales, extension: "101", members: [jan], overflow: { after_seconds: 30, to: voicemail } }]
        """)])

    static func check(_ c: CustomerContext) {
        for (entity, first) in c.entities.repeatedIDs {
            guard let id = entity.id, let firstID = first.id else { continue }
            c.report(description, at: id.location, "id `\(id.value)` is already used by \(first.label)",
                     notes: [("first defined here", firstID.location)], help: "give each one its own id")
        }
        report(c.customer.schedules.map(\.id).map(pair), kind: "schedule id", c.report) { "schedule" + $1 }
        report(c.customer.porting.compactMap(\.id).map(pair), kind: "porting request id", c.report) { "porting request" + $1 }
        report(c.customer.orders.compactMap(\.id).map(pair), kind: "order id", c.report) { "order" + $1 }
        report(c.customer.portalUsers.compactMap(\.username).map(pair), kind: "portal username", c.report) { "portal user" + $1 }
    }

    static func check(_ r: RepositoryContext) {
        report(r.customerIDs.map { ($0.value, $0.location) }, kind: "customer id", { r.report($0, at: $1, $2, notes: $3, help: $4) }) {
            "customer" + $1
        }
    }

    private static func pair(_ id: LString) -> (value: String, location: SourceLocation) { (id.value, id.location) }

    /// Reports every id already used earlier in `ids`; `label(index, " `id`")` names
    /// the first holder (built only for a message). Generic over the kind of place:
    /// a customer's own values, or facts of the whole repository.
    private static func report<Place>(_ ids: [(value: String, location: Place)], kind: String,
                                      _ report: (RuleDescription, Place, String, [(String, Place?)], String?) -> Void,
                                      label: (Int, String) -> String) {
        var first: [String: Int] = [:]
        for (index, id) in ids.enumerated() {
            if let earlier = first[id.value] {
                report(description, id.location,
                       "\(kind) `\(id.value)` is already used by \(label(earlier, " `\(id.value)`"))",
                       [("first defined here", ids[earlier].location)], "give each one its own \(kind)")
            } else {
                first[id.value] = index
            }
        }
    }
}
