import Foundation

/// A time zone as phones need it: the standard offset and, where the zone keeps
/// daylight-saving time, when it starts and ends as "n-th (or last) weekday of a month
/// at a local time" — the form every phone vendor takes. Read from the system's tz
/// database for any IANA zone and either hemisphere (Australia/Sydney starts in
/// October and ends in April); tested against `zdump -v`.
struct ZoneRules: Equatable {
    /// A change of offset: `week` 1…4, or 5 for the last such weekday of the month;
    /// `weekday` 0 = Sunday … 6 = Saturday; `minutes` after local midnight on the
    /// wall clock in force before the change.
    struct Change: Equatable {
        var month: Int
        var week: Int
        var weekday: Int
        var minutes: Int
        var hour: Int { minutes / 60 }
    }

    /// Minutes east of UTC outside daylight-saving time.
    var standardMinutes: Int
    /// Minutes added in daylight-saving time (0 without it).
    var saveMinutes: Int
    var start: Change?
    var end: Change?

    var hasDaylightSaving: Bool { start != nil && end != nil }

    init(_ identifier: String, year: Int = 2026) {
        guard let zone = TimeZone(identifier: identifier) else {
            self.init(standardMinutes: 0, saveMinutes: 0, start: nil, end: nil)
            return
        }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let first = utc.date(from: DateComponents(year: year, month: 1, day: 1))!
        let last = utc.date(from: DateComponents(year: year + 1, month: 1, day: 1))!
        var changes: [(date: Date, before: Int, after: Int)] = []
        var cursor = first
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < last, changes.count < 4 {
            changes.append((next, zone.secondsFromGMT(for: next.addingTimeInterval(-1)), zone.secondsFromGMT(for: next)))
            cursor = next
        }
        let offsets = changes.flatMap { [$0.before, $0.after] } + [zone.secondsFromGMT(for: first)]
        let standard = offsets.min()! / 60
        func change(_ c: (date: Date, before: Int, after: Int)) -> Change {
            let local = c.date.addingTimeInterval(TimeInterval(c.before))
            let parts = utc.dateComponents([.month, .day, .weekday, .hour, .minute], from: local)
            let days = utc.range(of: .day, in: .month, for: local)!.count
            let day = parts.day!
            return Change(month: parts.month!, week: day + 7 > days ? 5 : (day - 1) / 7 + 1,
                          weekday: parts.weekday! - 1, minutes: parts.hour! * 60 + parts.minute!)
        }
        let into = changes.first { $0.after > $0.before }, out = changes.first { $0.after < $0.before }
        if let into, let out {
            self.init(standardMinutes: standard, saveMinutes: (into.after - into.before) / 60,
                      start: change(into), end: change(out))
        } else {
            self.init(standardMinutes: zone.secondsFromGMT(for: first) / 60, saveMinutes: 0, start: nil, end: nil)
        }
    }

    init(standardMinutes: Int, saveMinutes: Int, start: Change?, end: Change?) {
        self.standardMinutes = standardMinutes
        self.saveMinutes = saveMinutes
        self.start = start
        self.end = end
    }

    /// `+1`, `-5`, `+5.5`: hours as Yealink writes them.
    var hours: String {
        let sign = standardMinutes < 0 ? "-" : "+"
        let m = abs(standardMinutes)
        return sign + (m % 60 == 0 ? "\(m / 60)" : "\(m / 60).\(m % 60 * 10 / 60)")
    }

    /// `GMT+01:00` (Cisco).
    var gmt: String {
        let m = abs(standardMinutes)
        return "GMT\(standardMinutes < 0 ? "-" : "+")\(m / 60 < 10 ? "0" : "")\(m / 60):\(m % 60 < 10 ? "0" : "")\(m % 60)"
    }

    /// A POSIX TZ string, `<+01>-1<+02>,M3.5.0/2,M10.5.0/3`.
    var posix: String { posix(named: false) }

    /// The same with alphabetic zone names and the daylight offset always written,
    /// `STD-1DST-2,M3.5.0/2,M10.5.0/3`: the form of Grandstream's self-defined time
    /// zone (its examples: `MTZ+6MDT+5,M3.2.0,M11.1.0`; letters, digits, `+ - , . / :`).
    var posixWithNames: String { posix(named: true) }

    private func posix(named: Bool) -> String {
        func name(_ minutes: Int, _ label: String) -> String {
            guard !named else { return label }
            let m = abs(minutes)
            return "<\(minutes < 0 ? "-" : "+")\(m / 60 < 10 ? "0" : "")\(m / 60)\(m % 60 == 0 ? "" : String(m % 60))>"
        }
        func clock(_ minutes: Int) -> String {
            let m = abs(minutes)
            return "\(minutes < 0 ? "-" : "")\(m / 60)\(m % 60 == 0 ? "" : ":\(m % 60 < 10 ? "0" : "")\(m % 60)")"
        }
        let std = name(standardMinutes, "STD") + clock(-standardMinutes)  // POSIX counts west as positive
        guard let start, let end else { return std }
        func rule(_ c: Change) -> String { "M\(c.month).\(c.week).\(c.weekday)/\(clock(c.minutes))" }
        let offset = saveMinutes == 60 && !named ? "" : clock(-(standardMinutes + saveMinutes))
        return std + name(standardMinutes + saveMinutes, "DST") + offset + "," + rule(start) + "," + rule(end)
    }
}
