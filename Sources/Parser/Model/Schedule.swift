import Diagnostics

/// A named schedule: weekly opening hours and/or closing days.
public struct Schedule: Sendable {
    public var id: LString
    /// `mon-fri: "08:30-17:30"` entries, kept as written; the schedule rules parse them.
    public var hours: [HoursEntry] = []
    /// Built-in office-closing holiday calendars (`NL`, `DE-BY`, …), each with the named
    /// holidays the customer drops from it or adds to it.
    public var holidays: [HolidayCalendarChoice] = []
    /// Extra closing days, `YYYY-MM-DD`.
    public var dates: [LString] = []
    public var location: SourceLocation

    /// `NL`, or `{ calendar: NL, drop: [Goede Vrijdag], add: [Oudejaarsdag] }`.
    public struct HolidayCalendarChoice: Sendable {
        public var calendar: LString
        public var drop: [LString] = []
        public var add: [LString] = []
    }

    public struct HoursEntry: Sendable {
        public var days: LString
        /// One or more spans, `"08:30-12:00, 13:00-17:30"`.
        public var spans: [LString]
    }
}
