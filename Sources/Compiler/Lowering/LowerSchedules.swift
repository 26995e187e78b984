import Domain
import Parser
import Validator

extension RoutingCompiler {
    /// How many years of closing days a build spells out, from the build year: a
    /// configuration left unbuilt for years still closes on its holidays (GotoIfTime has
    /// no year, so each year is a block of the dialplan; docs/outputs.md).
    static let closingYears = 10

    /// Every schedule: hours as sorted, merged minute spans (all week when a schedule
    /// has no hours), and its closing days for `closingYears` years from the build year.
    func lowerSchedules() -> [String: CompiledSchedule] {
        var result: [String: CompiledSchedule] = [:]
        for schedule in c.schedules {
            var spans = schedule.spans.map {
                WeeklySpan(day: WeeklyHours.dayNames[$0.day], start: $0.start, end: $0.end)
            }
            if !schedule.hasHours {
                spans = WeeklyHours.dayNames.map { WeeklySpan(day: $0, start: 0, end: 1440) }
            }
            let calendars = schedule.calendars, dates = schedule.dates
            var closed: [LocalDate: String] = [:]
            for y in year..<(year + Self.closingYears) {
                for selection in calendars {
                    for holiday in HolidayCalendars.holidays(selection, year: y) where closed[holiday.date] == nil {
                        closed[holiday.date] = holiday.name
                    }
                }
                for date in dates where date.year == y && closed[date] == nil { closed[date] = ClosedDay.extraDateName }
            }
            result[schedule.id] = CompiledSchedule(
                hours: Self.merged(spans), holidayCalendars: calendars.map(\.calendar),
                holidayChanges: calendars.contains { !$0.isPlain } ? calendars.filter { !$0.isPlain } : nil,
                dates: dates.sorted().map(\.description),
                closedDays: closed.sorted { $0.key < $1.key }.map { ClosedDay(date: $0.key.description, name: $0.value) })
        }
        return result
    }

    /// Sorted spans with overlapping and touching spans of a day joined.
    static func merged(_ spans: [WeeklySpan]) -> [WeeklySpan] {
        var result: [WeeklySpan] = []
        for span in spans.sorted() {
            if let last = result.last, last.day == span.day, span.start <= last.end {
                result[result.count - 1].end = max(last.end, span.end)
            } else {
                result.append(span)
            }
        }
        return result
    }
}
