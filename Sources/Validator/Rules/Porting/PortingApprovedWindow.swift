import Domain
import Parser

/// `porting-approved-window`: an approval records the days the port may run.
enum PortingApprovedWindow: CustomerRule {
    static let description = RuleDescription(
        id: "porting-approved-window", severity: .error, section: .porting,
        summary: "an approved or executed request without its approved window, or a window that ends before it starts or (BE) runs past 9 business days after the approved date",
        rationale: """
        The losing provider's approval names the first and the last day the port may run (in the \
        Netherlands, e.g., approved for 28 January, possible until 27 April). Record them under \
        `approved: { first, last }`: the executed date is checked against them. In Belgium the port runs \
        09:00–15:00 on a business day, up to 9 business days after the approved date; pbxc computes that \
        window and a later `last` cannot be.
        """,
        bad: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"# + "\n    status: ↓approved"),
              Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#
                              + "\n    status: approved\n    approved: { first: 2026-11-16, last: ↓2026-11-13 }")],
        good: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#
                               + "\n    status: approved\n    approved: { first: 2026-11-16, last: 2027-02-15 }")])

    static func check(_ c: CustomerContext) {
        for p in c.portings where !p.isMove {
            guard let approved = p.request.approved else {
                if ["approved", "executed"].contains(p.status) {
                    c.report(description, at: p.request.status?.location ?? p.request.location,
                             "porting request `\(p.id)` is \(p.status) without its approved window",
                             help: "add `approved: { first: …, last: … }` as the losing provider's approval gives them")
                }
                continue
            }
            guard let firstText = approved.first, let first = LocalDate(firstText.value) else { continue }
            guard let lastText = approved.last, let last = LocalDate(lastText.value) else { continue }
            if last < first {
                c.report(description, at: lastText.location,
                         "the approved window ends (\(last)) before it starts (\(first))",
                         help: "copy both dates from the losing provider's approval")
            } else if let profile = p.profile, let days = profile.executionDays(approved: first), last > days.last {
                c.report(description, at: lastText.location,
                         "in \(profile.country) the port runs up to \(profile.executionWindow!.businessDaysAfterApproval) business days after the approved date: the last day is \(days.last), not \(last)",
                         help: "set `last: \(days.last)` or leave it out (pbxc computes it)")
            }
        }
    }
}
