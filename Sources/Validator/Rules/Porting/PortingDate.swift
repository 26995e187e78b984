import Domain
import Parser

/// `porting-date`: the wanted date is possible under the country's rules.
enum PortingDate: CustomerRule {
    static let description = RuleDescription(
        id: "porting-date", severity: .error, section: .porting,
        summary: "the wanted date is before the earliest possible one, or not a business day, per the country's porting profile (e.g. BE: 10 business days after submission; NL: the donor answers within 3 business days; US simple port: 1 business day) with public holidays excluded — names the earliest date",
        rationale: """
        The earliest porting date follows from the submission date (`submitted`) and the country's lead \
        time in business days — weekends and the country's public holidays do not count, nor does the \
        submission day itself. Ports happen on business days. A date the rules do not allow is moved or \
        refused by the losing provider. A request not yet submitted is counted from today (`--today`), and \
        its message says so: the same file may pass today and fail tomorrow, so CI runs that must not \
        depend on the day write `submitted:` or pass `--today`.
        """,
        bad: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#,
                              dates: "submitted: 2026-11-02\n    wanted_date: ↓2026-11-04")],
        good: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#,
                               dates: "submitted: 2026-11-02\n    wanted_date: 2026-11-05")])

    static func check(_ c: CustomerContext) {
        for p in c.portings where p.isBeforeRequest {
            guard let wantedText = p.request.wantedDate, let wanted = LocalDate(wantedText.value),
                  let profile = p.profile else { continue }
            let written = p.request.submitted.flatMap { LocalDate($0.value) }
            guard let submitted = written ?? c.today else { continue }
            let days = BusinessDays(calendar: profile.country)
            let earliest = profile.earliestDate(submitted: submitted)
            if wanted < earliest {
                // Without `submitted` the finding depends on the day it runs: say so.
                let from = written == nil ? "today, \(submitted), as the request has no `submitted` date" : "\(submitted)"
                c.report(description, at: wantedText.location,
                         "the earliest porting date is \(earliest) (\(weekday(earliest))): \(profile.leadReason), counted from \(from)",
                         help: written == nil ? "set `wanted_date: \(earliest)` or later, or write the day it is submitted as `submitted:`"
                                              : "set `wanted_date: \(earliest)` or later")
            } else if !days.isBusinessDay(wanted) {
                let holiday = HolidayCalendars.holiday(profile.country, on: wanted, for: .legalDeadline).map { " (\($0.name))" } ?? ""
                c.report(description, at: wantedText.location,
                         "\(wanted) is not a business day in \(profile.country)\(holiday): ports happen on business days",
                         help: "the next business day is \(days.onOrAfter(wanted))")
            }
        }
    }

    static func weekday(_ date: LocalDate) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][date.weekday]
    }
}
