/// How one public holiday falls in a given year. Calendars are lists of these, so a
/// calendar is data and any year can be computed.
public struct HolidayRule: Sendable {
    public enum Date: Sendable {
        /// The same day every year.
        case fixed(month: Int, day: Int)
        /// Days after Easter Sunday (negative: before).
        case easter(Int)
        /// The n-th weekday (0 = Monday) of a month; n = -1 is the last.
        case nthWeekday(Int, weekday: Int, month: Int)
        /// The last given weekday on or before a day (Victoria Day: the Monday on or
        /// before 24 May; Buß- und Bettag: the Wednesday on or before 22 November).
        case weekdayOnOrBefore(weekday: Int, month: Int, day: Int)
    }

    /// When a fixed holiday on a weekend is observed on a weekday instead.
    public enum Observance: Sendable {
        case actual
        /// US federal: Saturday → Friday before, Sunday → Monday after.
        case nearestWeekday
        /// Canada Day in some provinces: Sunday → Monday after.
        case sundayToMonday
        /// Saturday or Sunday → the Monday after (even when that Monday is a holiday too).
        case weekendToMonday
        /// King's Day: Sunday → Saturday before. The holiday itself moves (the Sunday is
        /// not a holiday), unlike the others, which add a day off and keep the day itself.
        case sundayToSaturday
        /// Canada: Saturday or Sunday → the next weekday not already a holiday
        /// (Christmas on Saturday → Monday, Boxing Day → Tuesday).
        case nextFreeWeekday
    }

    public var name: String
    public var date: Date
    public var observance: Observance = .actual
    /// First year the holiday exists (for recent ones such as Juneteenth).
    public var since: Int = 0
    /// Only in years divisible by this (the Dutch Liberation Day as a day off: lustrum
    /// years).
    public var every: Int = 1
    /// Only in this one year (a jubilee).
    public var only: Int?
    /// For an optional holiday: the office calendar's holiday it stands in for when a
    /// customer adds it (Liberation Day every year for the lustrum-only one); its days
    /// are shown by that holiday's name.
    public var replacing: String?

    /// The name its days are shown by.
    public var dayName: String { replacing ?? name }

    public init(_ name: String, _ date: Date, observance: Observance = .actual, since: Int = 0, every: Int = 1,
                only: Int? = nil, replacing: String? = nil) {
        self.name = name
        self.date = date
        self.observance = observance
        self.since = since
        self.every = every
        self.only = only
        self.replacing = replacing
    }

    /// The same holiday observed another way.
    public func observed(_ observance: Observance, since: Int? = nil) -> HolidayRule {
        var rule = self
        rule.observance = observance
        if let since { rule.since = since }
        return rule
    }

    /// Whether the holiday adds a day off elsewhere when it falls on a weekend, keeping
    /// its own day (as opposed to moving, or staying put).
    var addsObservedDay: Bool {
        switch observance {
        case .actual, .sundayToSaturday: return false
        case .nearestWeekday, .sundayToMonday, .weekendToMonday, .nextFreeWeekday: return true
        }
    }

    /// The day it falls on in `year`, before any observance shift.
    public func actual(in year: Int) -> LocalDate? {
        var plain = self
        plain.observance = .actual
        return plain.observed(in: year)
    }

    /// The day it is observed in `year`, or nil before it existed.
    public func observed(in year: Int) -> LocalDate? {
        guard year >= since, year % every == 0, only.map({ $0 == year }) ?? true else { return nil }
        let actual: LocalDate
        switch date {
        case .fixed(let month, let day):
            actual = LocalDate(year: year, month: month, day: day)
        case .easter(let offset):
            actual = LocalDate.easter(year).adding(days: offset)
        case .nthWeekday(let n, let weekday, let month):
            if n > 0 {
                let first = LocalDate(year: year, month: month, day: 1)
                actual = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
            } else {
                let last = LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))
                actual = last.adding(days: -((last.weekday - weekday + 7) % 7))
            }
        case .weekdayOnOrBefore(let weekday, let month, let day):
            let limit = LocalDate(year: year, month: month, day: day)
            actual = limit.adding(days: -((limit.weekday - weekday + 7) % 7))
        }
        switch (observance, actual.weekday) {
        case (.nearestWeekday, 5): return actual.adding(days: -1)
        case (.nearestWeekday, 6), (.sundayToMonday, 6), (.weekendToMonday, 6): return actual.adding(days: 1)
        case (.weekendToMonday, 5): return actual.adding(days: 2)
        case (.nextFreeWeekday, 5): return actual.adding(days: 2)
        case (.nextFreeWeekday, 6): return actual.adding(days: 1)
        case (.sundayToSaturday, 6): return actual.adding(days: -1)
        default: return actual
        }
    }
}

/// One public holiday on its date.
public struct Holiday: Sendable, Hashable, Comparable {
    public var date: LocalDate
    public var name: String

    public static func < (a: Holiday, b: Holiday) -> Bool { (a.date, a.name) < (b.date, b.name) }
}

// Weekday numbers used by the calendars (0 = Monday, as in `LocalDate.weekday`).
let monday = 0, wednesday = 2, thursday = 3
