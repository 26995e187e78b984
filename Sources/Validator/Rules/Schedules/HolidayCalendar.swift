import Diagnostics
import Domain
import Parser

/// `holiday-calendar`: only built-in calendars can be named.
enum HolidayCalendar: CustomerRule {
    static let description = RuleDescription(
        id: "holiday-calendar", severity: .error, section: .schedules,
        summary: "a holiday calendar pbxc does not have",
        rationale: """
        Public holidays are computed from built-in calendars: `NL`, `BE`, `DE`, `CA`, `US`, German states \
        (`DE-BY`, …) and Canadian provinces (`CA-QC`, …). A schedule's calendar lists the days offices \
        close (in the Netherlands: Good Friday, and 5 May only in lustrum years), not the longer list \
        a legal deadline skips, which porting dates count with. Named holidays can be dropped or \
        added (`holiday-name`); other closing days go in `dates`.
        """,
        bad: [Example.customer("""
        schedules:
          closed-days: { holidays: ↓NLD }
        """)],
        good: [Example.customer("""
        schedules:
          closed-days: { holidays: NL, dates: ["2026-12-24"] }
        """)])

    static func check(_ c: CustomerContext) {
        for code in c.customer.schedules.flatMap(\.holidays).map(\.calendar) where !HolidayCalendars.knownSet.contains(code.value) {
            let upper = code.value.uppercased()
            let help = HolidayCalendars.knownSet.contains(upper) ? "write it in upper case: `\(upper)`"
                : Suggestions.didYouMean(upper, in: HolidayCalendars.known)
                ?? "built in: NL, BE, DE, CA, US, DE-<state>, CA-<province>; list other days under `dates`"
            c.report(description, at: code.location, "pbxc has no holiday calendar `\(code.value)`", help: help)
        }
    }
}
