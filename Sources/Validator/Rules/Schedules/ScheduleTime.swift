import Domain
import Parser

/// `schedule-time`: times are `HH:MM`, spans run forwards, days and dates exist.
enum ScheduleTime: CustomerRule {
    static let description = RuleDescription(
        id: "schedule-time", severity: .error, section: .schedules,
        summary: "a time that is not HH:MM, or a span that ends before it starts (an overnight span must be written as two)",
        rationale: """
        Hours are written per day spec (`mon-fri`, `sat`, `mon,wed`, `daily`, `weekdays`, `weekend`) as \
        `"08:30-17:30"` or several spans `"10:00-12:00, 13:00-16:00"`; `24:00` may end a span. A span \
        from 22:00 to 06:00 is two spans: `22:00-24:00` on one day and `00:00-06:00` on the next. Extra \
        closing dates are `YYYY-MM-DD`, a holiday period `YYYY-MM-DD - YYYY-MM-DD` (both days \
        closed, at most a year).
        """,
        bad: [Example.customer("""
        schedules:
          office-hours:
            hours: { mon-fri: ↓"08:30-17:75" }
        """)],
        good: [Example.customer("""
        schedules:
          office-hours:
            hours: { mon-fri: "08:30-17:30", sat: "10:00-12:00, 13:00-16:00" }
        """)])

    static func check(_ c: CustomerContext) {
        for schedule in c.customer.schedules {
            for entry in schedule.hours {
                if case .failure = WeeklyHours.days(entry.days.value) {
                    c.report(description, at: entry.days.location, "`\(entry.days.value)` is not a day or range of days",
                             help: "write days as mon, tue, wed, thu, fri, sat, sun, a range like mon-fri, or daily")
                }
                for text in entry.spans {
                    for piece in text.value.split(separator: ",") {
                        guard case .failure(let problem) = WeeklyHours.span(String(piece)) else { continue }
                        c.report(description, at: text.location, message(problem), help: help(problem))
                    }
                }
            }
            for date in schedule.dates {
                switch ClosingDates.days(date.value) {
                case .success: break
                case .failure(.notADate(let text)):
                    c.report(description, at: date.location,
                             "`\(text)` is not a date; write YYYY-MM-DD, or a period `YYYY-MM-DD - YYYY-MM-DD`")
                case .failure(.endsBeforeStart):
                    c.report(description, at: date.location, "the period `\(date.value)` ends before it starts")
                case .failure(.tooLong(let days)):
                    c.report(description, at: date.location,
                             "the period `\(date.value)` is \(days) days long; a period is at most \(ClosingDates.maxPeriodDays) days",
                             help: "write one period per holiday")
                }
            }
        }
    }

    private static func message(_ problem: WeeklyHours.Problem) -> String {
        switch problem {
        case .badTime(let t): return "`\(t)` is not a span of two times HH:MM-HH:MM (00:00 to 24:00)"
        case .endsBeforeStart(let t): return "the span `\(t)` ends before it starts"
        case .badDay(let d): return "`\(d)` is not a day"
        }
    }

    private static func help(_ problem: WeeklyHours.Problem) -> String? {
        if case .endsBeforeStart = problem {
            return "write an overnight span as two: `22:00-24:00` and `00:00-06:00` on the next day"
        }
        return nil
    }
}
