import Domain
import Parser

/// `porting-transition`: porting statuses move along the life cycle.
enum PortingTransition: DiffRule {
    static let description = RuleDescription(
        id: "porting-transition", severity: .error, section: .lifecycles,
        summary: "a porting status change the life cycle does not allow",
        rationale: """
        Portings go `draft → sent_for_signature → signed → requested → approved → executed`, and \
        `requested → blocked → requested` after correcting the holder data; `cancelled` is possible from \
        any state before `executed` except `requested`, while the losing provider is answering. \
        Checked by `pbxc diff` between two revisions.
        """,
        bad: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#) + "\n    status: requested\n\(RuleRegistry.revisionSeparator)\n"
              + Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#) + "\n    status: ↓cancelled"],
        good: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#) + "\n    status: requested\n\(RuleRegistry.revisionSeparator)\n"
               + Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#) + "\n    status: approved\n    approved: { first: 2026-11-16, last: 2027-02-15 }"])

    static func check(_ c: CustomerContext, old: LifecycleSnapshot) {
        for request in c.customer.porting {
            guard let id = request.id?.value, let before = old.porting[id] else { continue }
            let now = request.status?.value ?? "draft"
            guard !Lifecycles.allows(Lifecycles.porting, from: before.status, to: now) else { continue }
            let why = before.status == "requested" && now == "cancelled"
                ? ": the losing provider is answering; wait for its answer" : ""
            c.report(description, at: request.status?.location ?? request.location,
                     "porting request `\(id)` cannot go from `\(before.status)` to `\(now)`\(why)",
                     help: "allowed from `\(before.status)`: \(Lifecycles.porting[before.status].map { $0.sorted().joined(separator: ", ") } ?? "nothing")")
        }
    }
}
