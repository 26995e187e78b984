import Domain
import Validator

/// The moments at which `pbxc diff` follows calls in two revisions: a reference week
/// of the build year (the first Monday-to-Sunday week on which no schedule of either
/// revision closes) and every closing day of that year, each day cut wherever a
/// schedule of either revision opens or closes. Within one slice no schedule, holiday
/// or night mode changes its mind, so one call per slice says what all calls then do.
public struct ReferencePeriod: Sendable {
    public struct Slice: Sendable, Hashable {
        public var date: LocalDate
        /// Minutes after local midnight; `end` is exclusive and may be 1440.
        public var start: Int
        public var end: Int
        /// The closing day's name when the slice lies on one (else a day of the reference week).
        public var closingDay: String?

        public var moment: LocalDateTime { LocalDateTime(date: date, minute: start) }
    }

    /// Monday to Sunday.
    public let week: [LocalDate]
    /// The week's slices, then the closing days', in time order.
    public let slices: [Slice]

    public init(_ tables: [RoutingTable], year: Int) {
        var closing: [LocalDate: String] = [:]
        for table in tables {
            for (_, schedule) in table.schedules.sorted(by: { $0.key < $1.key }) {
                for day in schedule.closedDays {
                    guard let date = LocalDate(day.date), date.year == year else { continue }
                    // A holiday's own name rather than a plain extra date, whichever schedule says it first.
                    if closing[date] == nil || closing[date] == ClosedDay.extraDateName { closing[date] = day.name }
                }
            }
        }
        var monday = LocalDate(year: year, month: 1, day: 1)
        while monday.weekday != 0 { monday = monday.adding(days: 1) }
        let first = monday
        while monday.year == year, (0..<7).contains(where: { closing[monday.adding(days: $0)] != nil }) {
            monday = monday.adding(days: 7)
        }
        if monday.year != year { monday = first }
        let start = monday
        week = (0..<7).map { start.adding(days: $0) }

        // Where each weekday is cut: every opening and closing minute of every schedule.
        var cuts = Array(repeating: Set([0, 1440]), count: 7)
        for table in tables {
            for schedule in table.schedules.values {
                for span in schedule.hours {
                    guard let day = WeeklyHours.dayNames.firstIndex(of: span.day) else { continue }
                    cuts[day].formUnion([span.start, span.end])
                }
            }
        }
        func cut(_ date: LocalDate, closingDay: String?) -> [Slice] {
            let minutes = cuts[date.weekday].sorted()
            return zip(minutes, minutes.dropFirst()).map { Slice(date: date, start: $0, end: $1, closingDay: closingDay) }
        }
        slices = week.flatMap { cut($0, closingDay: nil) }
            + closing.sorted { $0.key < $1.key }.flatMap { cut($0.key, closingDay: $0.value) }
    }

    /// What every schedule of `table` decides at `moment` (open or not, closing day or
    /// not): two moments with the same decisions route every call of `table` alike.
    public static func decisions(_ table: RoutingTable, at moment: LocalDateTime) -> [Bool] {
        let time = TimeConditions(table: table, at: moment)
        return table.schedules.keys.sorted().flatMap { [time.isOpen($0).open, time.closedDay($0) != nil] }
    }
}
