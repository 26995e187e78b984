import Foundation

/// A time zone as phones need it: the standard offset and which daylight-saving rule
/// applies (phones without a tz database are told the rule, not the zone). Computed
/// from the system's tz database for any IANA zone.
struct ZoneRules: Equatable {
    enum DaylightSaving: Equatable {
        case none
        /// Last Sunday of March 01:00 UTC → last Sunday of October 01:00 UTC.
        case europe
        /// Second Sunday of March 02:00 → first Sunday of November 02:00, local.
        case northAmerica
    }

    /// Minutes east of UTC outside daylight-saving time.
    var standardMinutes: Int
    var daylightSaving: DaylightSaving

    init(_ identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else {
            self.init(standardMinutes: 0, daylightSaving: .none)
            return
        }
        let january = Date(timeIntervalSince1970: 1_768_478_400)  // 2026-01-15 12:00 UTC
        let july = Date(timeIntervalSince1970: 1_784_116_800)     // 2026-07-15 12:00 UTC
        let winter = zone.secondsFromGMT(for: january), summer = zone.secondsFromGMT(for: july)
        var rule = DaylightSaving.none
        if winter != summer, let transition = zone.nextDaylightSavingTimeTransition(after: january) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let day = calendar.component(.day, from: transition), month = calendar.component(.month, from: transition)
            rule = month == 3 && day >= 25 ? .europe : .northAmerica
        }
        self.init(standardMinutes: min(winter, summer) / 60, daylightSaving: rule)
    }

    init(standardMinutes: Int, daylightSaving: DaylightSaving) {
        self.standardMinutes = standardMinutes
        self.daylightSaving = daylightSaving
    }

    /// `+1`, `-5`, `+5.5`: hours as Yealink and Fanvil write them.
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

    /// A POSIX TZ string, `<+01>-1<+02>,M3.5.0/2,M10.5.0/3` (Grandstream).
    var posix: String {
        func name(_ minutes: Int) -> String {
            let m = abs(minutes)
            return "<\(minutes < 0 ? "-" : "+")\(m / 60 < 10 ? "0" : "")\(m / 60)\(m % 60 == 0 ? "" : String(m % 60))>"
        }
        func offset(_ minutes: Int) -> String {  // POSIX counts west as positive
            let m = -minutes
            return "\(m < 0 ? "-" : "")\(abs(m) / 60)\(abs(m) % 60 == 0 ? "" : ":\(abs(m) % 60)")"
        }
        let std = name(standardMinutes) + offset(standardMinutes)
        switch daylightSaving {
        case .none: return std
        case .europe: return std + name(standardMinutes + 60) + ",M3.5.0/\(2 + standardMinutes / 60 - 1),M10.5.0/\(3 + standardMinutes / 60 - 1)"
        case .northAmerica: return std + name(standardMinutes + 60) + ",M3.2.0,M11.1.0"
        }
    }
}
