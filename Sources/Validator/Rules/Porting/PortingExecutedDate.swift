import Domain
import Parser

/// `porting-executed-date`: an executed request records when, inside its window.
enum PortingExecutedDate: CustomerRule {
    static let description = RuleDescription(
        id: "porting-executed-date", severity: .error, section: .porting,
        summary: "`executed` without the day the port ran, or a day outside the approved window, before the wanted date, or after today",
        rationale: """
        A port runs once it is approved, on a day of the approved window and not before the date the \
        customer wanted; a move runs on the agreed day. Record the day under `executed_on:` together \
        with `status: executed` — one without the other, or a day the approval does not allow, is a \
        record that cannot be true. In Belgium the day must also be a business day.
        """,
        bad: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#
                              + "\n    status: executed\n    approved: { first: 2026-11-16, last: 2027-02-15 }\n    executed_on: ↓2026-11-13"),
              Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#
                              + "\n    status: ↓executed\n    approved: { first: 2026-11-16, last: 2027-02-15 }")],
        good: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#
                               + "\n    status: executed\n    approved: { first: 2026-11-16, last: 2027-02-15 }\n    executed_on: 2026-11-17")])

    static func check(_ c: CustomerContext) {
        for p in c.portings {
            guard let text = p.request.executedOn else {
                if p.status == "executed" {
                    c.report(description, at: p.request.status?.location ?? p.request.location,
                             "\(p.isMove ? "move" : "porting request") `\(p.id)` is executed without the day it ran",
                             help: "add `executed_on:` with the day")
                }
                continue
            }
            guard p.status == "executed" else {
                c.report(description, at: text.location,
                         "`\(p.id)` has an `executed_on` date but is `\(p.status)`",
                         help: "set `status: executed` once it has run, or remove `executed_on`")
                continue
            }
            guard let day = LocalDate(text.value) else { continue }
            if let today = c.today, day > today {
                c.report(description, at: text.location, "\(day) is after today (\(today))",
                         help: "record the day it ran")
                continue
            }
            if let wanted = p.request.wantedDate.flatMap({ LocalDate($0.value) }), day < wanted {
                c.report(description, at: text.location,
                         "executed on \(day), before the wanted date \(wanted)",
                         help: "a port does not run before the date the customer asked for")
                continue
            }
            guard !p.isMove, let approved = p.request.approved, let first = approved.first.flatMap({ LocalDate($0.value) })
            else { continue }
            var last = approved.last.flatMap { LocalDate($0.value) }
            if let profile = p.profile, let days = profile.executionDays(approved: first) {
                last = min(last ?? days.last, days.last)
                if !BusinessDays(calendar: profile.country).isBusinessDay(day) {
                    c.report(description, at: text.location, "\(day) is not a business day in \(profile.country)",
                             help: "ports run on business days")
                    continue
                }
            }
            if day < first || last.map({ day > $0 }) == true {
                c.report(description, at: text.location,
                         "executed on \(day), outside the approved window \(first) – \(last.map(\.description) ?? "…")",
                         help: "the port runs inside the window the losing provider approved")
            }
        }
    }
}
