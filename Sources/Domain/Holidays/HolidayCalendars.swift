/// What a holiday calendar is used for. The two differ: the days offices close are not
/// the days the law skips when it counts a deadline (in the Netherlands, 5 May counts
/// as a holiday for every deadline, but most businesses close on it only in lustrum
/// years, and many close on Good Friday, which no deadline skips).
public enum HolidayPurpose: Sendable {
    /// The days businesses close: schedules and night mode. Checked against
    /// python-holidays over many years (Tests/DomainTests/OfficeCalendarReferenceTests).
    case officeClosing
    /// The days a legal deadline does not count: porting lead times and execution windows.
    case legalDeadline
}

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

    /// The rules of a calendar code for a purpose, or nil for an unknown code.
    public static func rules(_ code: String, for purpose: HolidayPurpose) -> [HolidayRule]? {
        let parts = code.uppercased().split(separator: "-", maxSplits: 1).map(String.init)
        let office = purpose == .officeClosing
        switch (parts.first, parts.count) {
        case ("NL", 1): return office ? NetherlandsHolidays.office : NetherlandsHolidays.legal
        case ("BE", 1): return BelgiumHolidays.rules
        case ("US", 1): return UnitedStatesHolidays.rules
        case ("DE", 1): return GermanyHolidays.nationwide
        case ("DE", 2): return GermanyHolidays.byState[parts[1]].map { GermanyHolidays.nationwide + $0 }
        case ("CA", 1): return office ? CanadaHolidays.nationwide : CanadaHolidays.federal
        case ("CA", 2): return CanadaHolidays.byProvince[parts[1]]
        default: return nil
        }
    }

    /// Holidays of a country that offices often close on but its office calendar does
    /// not have: what a customer can `add` to a calendar by name.
    public static func optionalRules(_ code: String) -> [HolidayRule] {
        switch code.uppercased().split(separator: "-", maxSplits: 1).first {
        case "NL": return NetherlandsHolidays.optional
        case "BE": return BelgiumHolidays.optional
        case "DE": return GermanyHolidays.optional
        case "CA": return CanadaHolidays.optional
        case "US": return UnitedStatesHolidays.optional
        default: return []
        }
    }

    /// The holidays of a calendar in one year, by date (one entry per date; when two
    /// holidays share a day their names are joined). A holiday observed in the year
    /// before its own (US New Year's Day on a Saturday) counts in the year it falls in.
    public static func holidays(_ code: String, year: Int, for purpose: HolidayPurpose) -> [Holiday] {
        holidays(of: rules(code, for: purpose) ?? [], year: year)
    }

    /// The office-closing holidays of a calendar as a customer changed it: without the
    /// dropped ones, with the added optional ones (names as `HolidaySelection` holds them;
    /// unknown names were refused by the `holiday-name` rule).
    public static func holidays(_ selection: HolidaySelection, year: Int) -> [Holiday] {
        holidays(of: rules(selection), year: year)
    }

    /// The rules of a customer's selection.
    public static func rules(_ selection: HolidaySelection) -> [HolidayRule] {
        let added = Set(selection.add.map { $0.lowercased() })
        let extra = optionalRules(selection.calendar).filter { added.contains($0.name.lowercased()) }
        let dropped = Set((selection.drop + extra.compactMap(\.replacing)).map { $0.lowercased() })
        let base = (rules(selection.calendar, for: .officeClosing) ?? []).filter { !dropped.contains($0.name.lowercased()) }
        return base + extra
    }

    static func holidays(of rules: [HolidayRule], year: Int) -> [Holiday] {
        var byDate: [LocalDate: [String]] = [:]
        // Holidays on their own day first, so that a moved one (`nextFreeWeekday`)
        // can step over them.
        for ruleYear in [year - 1, year, year + 1] {
            for rule in rules {
                let day = rule.addsObservedDay ? rule.actual(in: ruleYear) : rule.observed(in: ruleYear)
                if let day, day.year == year { byDate[day, default: []].append(rule.dayName) }
            }
        }
        for ruleYear in [year - 1, year, year + 1] {
            for rule in rules where rule.addsObservedDay {
                guard var date = rule.observed(in: ruleYear), date != rule.actual(in: ruleYear) else { continue }
                if case .nextFreeWeekday = rule.observance {
                    while byDate[date] != nil || date.isWeekend { date = date.adding(days: 1) }
                }
                if date.year == year { byDate[date, default: []].append("\(rule.dayName) (observed)") }
            }
        }
        return byDate.map { Holiday(date: $0.key, name: $0.value.joined(separator: " / ")) }.sorted()
    }

    /// The holiday on `date`, if `code` has one.
    public static func holiday(_ code: String, on date: LocalDate, for purpose: HolidayPurpose) -> Holiday? {
        holidays(code, year: date.year, for: purpose).first { $0.date == date }
    }

    /// The holiday on `date` of a customer's selection, if any.
    public static func holiday(_ selection: HolidaySelection, on date: LocalDate) -> Holiday? {
        holidays(selection, year: date.year).first { $0.date == date }
    }
}

/// A built-in office calendar as a customer uses it: `holidays: NL`, or
/// `holidays: { calendar: NL, drop: [Goede Vrijdag], add: [Oudejaarsdag] }`.
public struct HolidaySelection: Sendable, Hashable, Codable {
    /// The calendar code, upper case.
    public var calendar: String
    /// Names of the calendar's holidays the customer works on.
    public var drop: [String]
    /// Names of optional holidays (`HolidayCalendars.optionalRules`) the customer closes on.
    public var add: [String]

    public init(calendar: String, drop: [String] = [], add: [String] = []) {
        self.calendar = calendar
        self.drop = drop
        self.add = add
    }

    public var isPlain: Bool { drop.isEmpty && add.isEmpty }
}
