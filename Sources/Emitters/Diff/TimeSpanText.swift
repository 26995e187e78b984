import Compiler
import Domain

/// Slices of a `ReferencePeriod` as the times a reviewer reads: adjacent slices joined
/// into spans, weekdays with the same spans joined (`on Mondays to Thursdays
/// 17:30–18:00`), closing days with the same spans joined and named. Empty when the
/// slices are the whole period (the change holds at all times).
enum TimeSpanText {
    static let days = ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"]

    static func describe(_ slices: [ReferencePeriod.Slice], in period: ReferencePeriod) -> String {
        if Set(slices) == Set(period.slices) { return "" }
        let week = slices.filter { $0.closingDay == nil }, closing = slices.filter { $0.closingDay != nil }
        var parts: [String] = []

        // The reference week, weekday by weekday.
        var byDay = Array(repeating: "", count: 7)
        for day in 0..<7 { byDay[day] = spans(week.filter { $0.date.weekday == day }) }
        let allWeek = byDay.allSatisfy { $0 == "all day" }
        if allWeek {
            parts.append(closing.isEmpty && period.slices.contains { $0.closingDay != nil } ? "on every day but closing days" : "all week")
        } else {
            var runs: [(first: Int, last: Int, spans: String)] = []
            for day in 0..<7 where !byDay[day].isEmpty {
                if let last = runs.last, last.last == day - 1, last.spans == byDay[day] {
                    runs[runs.count - 1].last = day
                } else {
                    runs.append((day, day, byDay[day]))
                }
            }
            let named = runs.map { run -> String in
                let days = run.first == 0 && run.last == 6 ? "every day"
                    : run.first == run.last ? Self.days[run.first]
                    : run.last == run.first + 1 ? "\(Self.days[run.first]) and \(Self.days[run.last])"
                    : "\(Self.days[run.first]) to \(Self.days[run.last])"
                return "\(days) \(run.spans)"
            }
            if !named.isEmpty { parts.append("on " + list(named)) }
        }

        // Closing days, those with the same spans together, in date order.
        let allClosing = Set(period.slices.filter { $0.closingDay != nil }.map(\.date))
        var groups: [(spans: String, dates: [LocalDate])] = []
        for date in Set(closing.map(\.date)).sorted() {
            let text = spans(closing.filter { $0.date == date })
            if let i = groups.firstIndex(where: { $0.spans == text }) { groups[i].dates.append(date) } else {
                groups.append((text, [date]))
            }
        }
        for group in groups {
            let names = group.dates.map { date -> String in
                let name = closing.first { $0.date == date }?.closingDay
                return name == nil || name == ClosedDay.extraDateName ? date.description : "\(date) (\(name!))"
            }
            let whole = Set(group.dates) == allClosing && allClosing.count > 1
            parts.append((whole ? "on every closing day of \(group.dates[0].year)" : "on closing day" + (names.count > 1 ? "s " : " ")
                + list(names)) + " " + group.spans)
        }
        return parts.joined(separator: " and ")
    }

    /// One day's slices as joined spans: `12:30–13:30, 17:30–24:00`, or `all day`.
    static func spans(_ slices: [ReferencePeriod.Slice]) -> String {
        var joined: [(start: Int, end: Int)] = []
        for slice in slices.sorted(by: { $0.start < $1.start }) {
            if let last = joined.last, last.end == slice.start { joined[joined.count - 1].end = slice.end } else {
                joined.append((slice.start, slice.end))
            }
        }
        if joined.count == 1, joined[0].start == 0, joined[0].end == 1440 { return "all day" }
        return joined.map { "\(clock($0.start))–\(clock($0.end))" }.joined(separator: ", ")
    }

    static func clock(_ minute: Int) -> String {
        let h = minute / 60, m = minute % 60
        return "\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
