import Domain
import Foundation
import Validator

/// A wall-clock moment in the customer's zone: a date and the minute of the day.
/// Schedules are written in local time, so they are evaluated on this, never on UTC.
public struct LocalDateTime: Sendable, Equatable, CustomStringConvertible {
    public var date: LocalDate
    /// Minutes after midnight, 0–1439.
    public var minute: Int

    public init(date: LocalDate, minute: Int) {
        self.date = date
        self.minute = minute
    }

    public var description: String {
        let h = minute / 60, m = minute % 60
        return "\(date) \(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }

    public var weekdayName: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][date.weekday]
    }

    /// The local time in `zone` of an instant.
    public init?(instant: Date, zone: String) {
        guard let tz = TimeZone(identifier: zone) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = tz
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        guard let y = c.year, let mo = c.month, let d = c.day, let h = c.hour, let mi = c.minute else { return nil }
        self.init(date: LocalDate(year: y, month: mo, day: d), minute: h * 60 + mi)
    }

    public enum ParseError: Error, CustomStringConvertible {
        case malformed(String)
        case unknownZone(String)

        public var description: String {
            switch self {
            case .malformed(let text):
                "`\(text)` is not a time: write `YYYY-MM-DD HH:MM` (local time of the customer), or add `Z` or an offset such as `+01:00` for an instant"
            case .unknownZone(let zone): "the customer's time zone `\(zone)` is unknown"
            }
        }
    }

    /// `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM[:SS]` is local time in `zone`; with `Z`
    /// or `±HH:MM` after it, it is an instant and converted to local time in `zone`.
    public static func parse(_ text: String, zone: String) throws(ParseError) -> LocalDateTime {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 16 else { throw .malformed(text) }
        let dateText = String(trimmed.prefix(10))
        let separator = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 10)]
        guard let date = LocalDate(dateText), separator == " " || separator == "T" else { throw .malformed(text) }
        var rest = Substring(trimmed.dropFirst(11))
        guard let clock = Self.clock(&rest) else { throw .malformed(text) }
        if rest.isEmpty { return LocalDateTime(date: date, minute: clock.minute) }
        guard let offset = Self.offsetSeconds(String(rest)) else { throw .malformed(text) }
        // An instant: midnight UTC of the date, plus the clock, minus the offset.
        let seconds = Double(date.dayNumber) * 86_400 + Double(clock.minute * 60 + clock.second) - Double(offset)
        guard let local = LocalDateTime(instant: Date(timeIntervalSince1970: seconds), zone: zone) else {
            throw .unknownZone(zone)
        }
        return local
    }

    /// `HH:MM` or `HH:MM:SS` at the start of `text`, consumed.
    private static func clock(_ text: inout Substring) -> (minute: Int, second: Int)? {
        let parts = text.prefix(8).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].count == 2, parts[1].count >= 2, let h = Int(parts[0]),
              let m = Int(parts[1].prefix(2)), h < 24, m < 60 else { return nil }
        var second = 0
        var used = 5
        if parts.count >= 3, parts[1].count == 2, parts[2].count >= 2, let s = Int(parts[2].prefix(2)), s < 60 {
            second = s
            used = 8
        }
        text = text.dropFirst(used)
        return (h * 60 + m, second)
    }

    /// `Z`, `+HH:MM`, `-HH:MM` or `+HHMM` in seconds east of UTC.
    private static func offsetSeconds(_ text: String) -> Int? {
        if text == "Z" || text == "z" { return 0 }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard digits.count == 4, let h = Int(digits.prefix(2)), let m = Int(digits.suffix(2)), h < 15, m < 60 else {
            return nil
        }
        return (sign == "+" ? 1 : -1) * (h * 3600 + m * 60)
    }
}
