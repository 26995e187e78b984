import Domain
import Parser

/// `order-transition`: order statuses move along the life cycle.
enum OrderTransition: DiffRule {
    static let description = RuleDescription(
        id: "order-transition", severity: .error, section: .lifecycles,
        summary: "an order status change the life cycle does not allow",
        rationale: """
        Orders go `draft → sent_for_signature → signed → exported`; back to `draft` only from \
        `sent_for_signature` (a new signature round); `cancelled` only before `signed`. \
        Checked by `pbxc diff` between two revisions.
        """,
        bad: [Example.order(start: "immediate") + "\n    status: signed\n\(RuleRegistry.revisionSeparator)\n"
              + Example.order(start: "immediate") + "\n    status: ↓draft"],
        good: [Example.order(start: "immediate") + "\n    status: signed\n\(RuleRegistry.revisionSeparator)\n"
               + Example.order(start: "immediate") + "\n    status: exported"])

    static func check(_ c: CustomerContext, old: LifecycleSnapshot) {
        for order in c.customer.orders {
            guard let id = order.id?.value, let before = old.orders[id] else { continue }
            let now = order.status?.value ?? "draft"
            guard !Lifecycles.allows(Lifecycles.order, from: before.status, to: now) else { continue }
            c.report(description, at: order.status?.location ?? order.location,
                     "order `\(id)` cannot go from `\(before.status)` to `\(now)`",
                     help: "allowed from `\(before.status)`: \(Lifecycles.order[before.status].map { $0.sorted().joined(separator: ", ") } ?? "nothing")")
        }
    }
}
