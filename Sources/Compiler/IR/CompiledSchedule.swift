import Domain

/// A schedule compiled: weekly spans in minutes of local time (in the customer's zone),
/// the holiday calendars and extra dates it closes on, and those closing days spelled
/// out for the build year and the next.
public struct CompiledSchedule: Codable, Equatable, Sendable {
    /// Open spans; a schedule written without `hours` is open all week.
    public var hours: [WeeklySpan]
    public var holidayCalendars: [String]
    /// The calendars of `holidayCalendars` a customer changed (holidays dropped or
    /// added); absent when none was.
    public var holidayChanges: [HolidaySelection]?
    /// Extra closing days (`dates`), `YYYY-MM-DD`.
    public var dates: [String]
    public var closedDays: [ClosedDay]

    /// Each calendar as the customer uses it, changes applied.
    public var holidaySelections: [HolidaySelection] {
        holidayCalendars.map { code in holidayChanges?.first { $0.calendar == code } ?? HolidaySelection(calendar: code) }
    }

    enum CodingKeys: String, CodingKey {
        case hours, dates
        case holidayCalendars = "holiday_calendars"
        case holidayChanges = "holiday_changes"
        case closedDays = "closed_days"
    }
}

public struct WeeklySpan: Codable, Equatable, Sendable, Comparable {
    /// `mon` … `sun`.
    public var day: String
    /// Minutes after local midnight; `end` is exclusive and may be 1440.
    public var start: Int
    public var end: Int

    public init(day: String, start: Int, end: Int) {
        self.day = day
        self.start = start
        self.end = end
    }

    public static func < (a: WeeklySpan, b: WeeklySpan) -> Bool {
        (WeeklySpan.order(a.day), a.start, a.end) < (WeeklySpan.order(b.day), b.start, b.end)
    }

    static func order(_ day: String) -> Int {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].firstIndex(of: day) ?? 7
    }
}

public struct ClosedDay: Codable, Equatable, Sendable {
    public var date: String
    public var name: String

    /// The name of a closing day that is one of the schedule's `dates` rather than a holiday.
    public static let extraDateName = "closed (dates)"

    public init(date: String, name: String) {
        self.date = date
        self.name = name
    }
}
