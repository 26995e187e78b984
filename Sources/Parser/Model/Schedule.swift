import Diagnostics

/// A named schedule: weekly opening hours and/or closing days.
public struct Schedule: Sendable {
    public var id: LString
    /// `mon-fri: "08:30-17:30"` entries, kept as written; the schedule rules parse them.
    public var hours: [HoursEntry] = []
    /// Built-in holiday calendars by code (`NL`, `DE-BY`, …).
    public var holidays: [LString] = []
    /// Extra closing days, `YYYY-MM-DD`.
    public var dates: [LString] = []
    public var location: SourceLocation

    public struct HoursEntry: Sendable {
        public var days: LString
        /// One or more spans, `"08:30-12:00, 13:00-17:30"`.
        public var spans: [LString]
    }
}
