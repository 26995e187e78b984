/// Business days of a holiday calendar: Monday to Friday, except the holidays a legal
/// deadline skips (`HolidayPurpose.legalDeadline`).
public struct BusinessDays: Sendable {
    /// A calendar code of `HolidayCalendars` (`NL`, `DE-BY`, …).
    public let calendar: String

    public init(calendar: String) {
        self.calendar = calendar
    }

    public func isBusinessDay(_ date: LocalDate) -> Bool {
        !date.isWeekend && HolidayCalendars.holiday(calendar, on: date, for: .legalDeadline) == nil
    }

    /// The day `n` business days after `date` (the start day is not counted), as
    /// porting deadlines are counted.
    public func adding(_ n: Int, to date: LocalDate) -> LocalDate {
        var day = date, left = n
        while left > 0 {
            day = day.adding(days: 1)
            if isBusinessDay(day) { left -= 1 }
        }
        return day
    }

    /// `date` itself when it is a business day, else the next one.
    public func onOrAfter(_ date: LocalDate) -> LocalDate {
        var day = date
        while !isBusinessDay(day) { day = day.adding(days: 1) }
        return day
    }
}
