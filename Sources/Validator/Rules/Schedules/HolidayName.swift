import Diagnostics
import Domain
import Parser

/// `holiday-name`: the holidays a customer drops from or adds to a built-in calendar
/// are named as the calendar names them.
enum HolidayName: CustomerRule {
    static let description = RuleDescription(
        id: "holiday-name", severity: .error, section: .schedules,
        summary: "a holiday dropped from or added to a calendar that the calendar does not name",
        rationale: """
        A business that works on one of its calendar's holidays drops it by name \\
        (`holidays: { calendar: NL, drop: [Goede Vrijdag] }`); one that closes on a day offices of \\
        its country often close on adds it (`add: [Oudejaarsdag]`, `add: [Bevrijdingsdag elk jaar]`). \\
        `drop` takes a holiday of the calendar, `add` one of the country's optional holidays; a name \\
        that is neither would silently change nothing. Names match without regard to case.
        """,
        bad: [Example.customer("""
        schedules:
          closed-days: { holidays: { calendar: NL, drop: [↓Goede Vrijdg] } }
        """)],
        good: [Example.customer("""
        schedules:
          closed-days: { holidays: { calendar: NL, drop: [Goede Vrijdag], add: [Oudejaarsdag] } }
        """)])

    static func check(_ c: CustomerContext) {
        for choice in c.customer.schedules.flatMap(\.holidays) {
            let code = choice.calendar.value.uppercased()
            guard let base = HolidayCalendars.rules(code, for: .officeClosing) else { continue }  // holiday-calendar
            let own = base.map(\.name), optional = HolidayCalendars.optionalRules(code).map(\.name)
            for name in choice.drop where find(name.value, in: own) == nil {
                let help = find(name.value, in: optional) != nil
                    ? "`\(name.value)` is not in the \(code) calendar, so there is nothing to drop"
                    : Suggestions.didYouMean(name.value, in: own) ?? "the \(code) calendar has: \(list(own))"
                c.report(description, at: name.location, "the \(code) calendar has no holiday `\(MessageText.escaped(name.value))`", help: help)
            }
            for name in choice.add where find(name.value, in: optional) == nil {
                let help = find(name.value, in: own) != nil
                    ? "`\(name.value)` is in the \(code) calendar already"
                    : Suggestions.didYouMean(name.value, in: optional) ?? "optional holidays of \(code): \(list(optional))"
                c.report(description, at: name.location, "`\(MessageText.escaped(name.value))` is not an optional holiday of \(code)", help: help)
            }
        }
    }

    /// A choice as the compiler takes it: the code upper case, names as the calendar
    /// spells them (names no calendar has were reported and are left out).
    static func selection(_ choice: Schedule.HolidayCalendarChoice) -> HolidaySelection {
        let code = choice.calendar.value.uppercased()
        let own = (HolidayCalendars.rules(code, for: .officeClosing) ?? []).map(\.name)
        let optional = HolidayCalendars.optionalRules(code).map(\.name)
        return HolidaySelection(calendar: code, drop: choice.drop.compactMap { find($0.value, in: own) },
                                add: choice.add.compactMap { find($0.value, in: optional) })
    }

    private static func find(_ name: String, in names: [String]) -> String? {
        names.first { $0.lowercased() == name.lowercased() }
    }

    private static func list(_ names: [String]) -> String {
        names.map { "`\($0)`" }.joined(separator: ", ")
    }
}
