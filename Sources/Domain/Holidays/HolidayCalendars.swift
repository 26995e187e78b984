/// The public-holiday calendars pbxc has built in: the five countries of the porting
/// and numberplan rules, with German states and Canadian provinces and territories
/// (ISO 3166-2) where holidays differ by region. A regional code has the country's
/// nationwide holidays plus its own (for Canada: the province's statutory list).
public enum HolidayCalendars {
    public static let germanStates = ["BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN",
                                      "ST", "SH", "TH"]
    public static let canadianProvinces = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]

    public static let known: [String] =
        ["NL", "BE", "DE", "CA", "US"] + germanStates.map { "DE-\($0)" } + canadianProvinces.map { "CA-\($0)" }

    public static let knownSet = Set(known)

    /// The rules of a calendar code, or nil for an unknown code.
    public static func rules(_ code: String) -> [HolidayRule]? {
        let parts = code.uppercased().split(separator: "-", maxSplits: 1).map(String.init)
        switch (parts.first, parts.count) {
        case ("NL", 1): return NetherlandsHolidays.rules
        case ("BE", 1): return BelgiumHolidays.rules
        case ("US", 1): return UnitedStatesHolidays.rules
        case ("DE", 1): return GermanyHolidays.nationwide
        case ("DE", 2): return GermanyHolidays.byState[parts[1]].map { GermanyHolidays.nationwide + $0 }
        case ("CA", 1): return CanadaHolidays.federal
        case ("CA", 2): return CanadaHolidays.byProvince[parts[1]]
        default: return nil
        }
    }

    /// The holidays of a calendar in one year, by date (one entry per date; when two
    /// holidays share a day their names are joined). A holiday observed in the year
    /// before its own (US New Year's Day on a Saturday) counts in the year it falls in.
    public static func holidays(_ code: String, year: Int) -> [Holiday] {
        var byDate: [LocalDate: [String]] = [:]
        let rules = rules(code) ?? []
        // Holidays on their own day first, so that a moved one (`nextFreeWeekday`)
        // can step over them.
        let moved = { (rule: HolidayRule, y: Int) -> Bool in
            if case .nextFreeWeekday = rule.observance, let date = rule.observed(in: y) {
                return date != rule.actual(in: y)
            }
            return false
        }
        for ruleYear in [year, year + 1] {
            for rule in rules where !moved(rule, ruleYear) {
                if let date = rule.observed(in: ruleYear), date.year == year { byDate[date, default: []].append(rule.name) }
            }
        }
        for ruleYear in [year - 1, year] {
            for rule in rules where moved(rule, ruleYear) {
                // The day itself stays a closing day (a weekend one); the next free weekday is off too.
                if let actual = rule.actual(in: ruleYear), actual.year == year { byDate[actual, default: []].append(rule.name) }
                guard var date = rule.observed(in: ruleYear) else { continue }
                while byDate[date] != nil || date.isWeekend { date = date.adding(days: 1) }
                if date.year == year { byDate[date, default: []].append("\(rule.name) (observed)") }
            }
        }
        return byDate.map { Holiday(date: $0.key, name: $0.value.joined(separator: " / ")) }.sorted()
    }

    /// The holiday on `date`, if `code` has one.
    public static func holiday(_ code: String, on date: LocalDate) -> Holiday? {
        holidays(code, year: date.year).first { $0.date == date }
    }
}
