import Diagnostics
import Domain
import Parser

/// `porting-record-changed`: what happened stays recorded as it happened.
enum PortingRecordChanged: DiffRule {
    static let description = RuleDescription(
        id: "porting-record-changed", severity: .error, section: .lifecycles,
        summary: "the numbers, approved window or executed date of an executed request or move changed afterwards",
        rationale: """
        Once a port or move has run, its record is history: the numbers that moved, the window the \
        losing provider approved and the day it ran. Changing them rewrites what happened; a new port \
        is a new request. Checked by `pbxc diff` between two revisions.
        """,
        bad: [executed("2026-11-17") + "\n\(RuleRegistry.revisionSeparator)\n" + executed("↓2026-11-18")],
        good: [executed("2026-11-17") + "\n\(RuleRegistry.revisionSeparator)\n" + executed("2026-11-17")])

    static func executed(_ day: String) -> String {
        Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#
                        + "\n    status: executed\n    approved: { first: 2026-11-16, last: 2027-02-15 }\n    executed_on: \(day)")
    }

    static func check(_ c: CustomerContext, old: LifecycleSnapshot) {
        let snapshot = LifecycleSnapshot(c.customer)
        for p in c.portings {
            guard let before = old.porting[p.id], before.status == "executed", let now = snapshot.porting[p.id] else { continue }
            let r = p.request
            let changes: [(Bool, String, SourceLocation?)] = [
                (now.numbers != before.numbers, "numbers", r.numbers.first?.location),
                (now.approved != before.approved, "approved window", r.approved?.location),
                (now.executedOn != before.executedOn, "executed date", r.executedOn?.location),
            ]
            for (changed, what, location) in changes where changed {
                c.report(description, at: location ?? r.status?.location ?? r.location,
                         "the \(what) of executed `\(p.id)` changed",
                         help: "restore it; a new port is a new request")
            }
        }
    }
}
