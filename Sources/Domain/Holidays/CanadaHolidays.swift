/// Canada: `CA` is the federal general holidays of the Canada Labour Code (what
/// federally regulated carriers observe); `CA-xx` is a province's or territory's
/// statutory holidays under its employment standards act. A fixed-date holiday on a
/// weekend is observed on the next weekday that is not already a holiday.
enum CanadaHolidays {
    private static let newYear = HolidayRule("New Year's Day", .fixed(month: 1, day: 1), observance: .nextFreeWeekday)
    private static let familyDay = HolidayRule("Family Day", .nthWeekday(3, weekday: monday, month: 2))
    private static let goodFriday = HolidayRule("Good Friday", .easter(-2))
    private static let victoriaDay = HolidayRule("Victoria Day", .weekdayOnOrBefore(weekday: monday, month: 5, day: 24))
    private static let canadaDay = HolidayRule("Canada Day", .fixed(month: 7, day: 1), observance: .nextFreeWeekday)
    private static let civicHoliday = HolidayRule("Civic Holiday", .nthWeekday(1, weekday: monday, month: 8))
    private static let labourDay = HolidayRule("Labour Day", .nthWeekday(1, weekday: monday, month: 9))
    private static let truthAndReconciliation = HolidayRule(
        "National Day for Truth and Reconciliation", .fixed(month: 9, day: 30), observance: .nextFreeWeekday, since: 2021)
    private static let thanksgiving = HolidayRule("Thanksgiving", .nthWeekday(2, weekday: monday, month: 10))
    private static let remembrance = HolidayRule("Remembrance Day", .fixed(month: 11, day: 11), observance: .nextFreeWeekday)
    private static let christmas = HolidayRule("Christmas Day", .fixed(month: 12, day: 25), observance: .nextFreeWeekday)
    private static let boxingDay = HolidayRule("Boxing Day", .fixed(month: 12, day: 26), observance: .nextFreeWeekday)
    private static let indigenousPeoplesDay = HolidayRule("National Indigenous Peoples Day", .fixed(month: 6, day: 21), observance: .nextFreeWeekday)

    /// Holidays every province and territory observes.
    private static let common = [newYear, goodFriday, canadaDay, labourDay, christmas]

    static let federal: [HolidayRule] = [
        newYear, goodFriday, victoriaDay, canadaDay, labourDay, truthAndReconciliation, thanksgiving, remembrance,
        christmas, boxingDay,
    ]

    static let byProvince: [String: [HolidayRule]] = [
        "AB": common + [familyDay, victoriaDay, thanksgiving, remembrance],
        "BC": common + [familyDay, victoriaDay, HolidayRule("British Columbia Day", .nthWeekday(1, weekday: monday, month: 8)),
                        truthAndReconciliation, thanksgiving, remembrance],
        "MB": common + [HolidayRule("Louis Riel Day", .nthWeekday(3, weekday: monday, month: 2)), victoriaDay,
                        truthAndReconciliation, thanksgiving],
        "NB": common + [familyDay, HolidayRule("New Brunswick Day", .nthWeekday(1, weekday: monday, month: 8)),
                        remembrance],
        "NL": common + [remembrance],
        "NS": common + [HolidayRule("Heritage Day", .nthWeekday(3, weekday: monday, month: 2))],
        "NT": common + [victoriaDay, indigenousPeoplesDay, civicHoliday, truthAndReconciliation, thanksgiving,
                        remembrance],
        "NU": common + [victoriaDay, HolidayRule("Nunavut Day", .fixed(month: 7, day: 9), observance: .nextFreeWeekday), civicHoliday,
                        truthAndReconciliation, thanksgiving, remembrance],
        "ON": common + [familyDay, victoriaDay, thanksgiving, boxingDay],
        "PE": common + [HolidayRule("Islander Day", .nthWeekday(3, weekday: monday, month: 2)), truthAndReconciliation,
                        remembrance],
        "QC": [newYear, goodFriday, HolidayRule("National Patriots' Day", .weekdayOnOrBefore(weekday: monday, month: 5, day: 24)),
               HolidayRule("Fête nationale du Québec", .fixed(month: 6, day: 24), observance: .nextFreeWeekday), canadaDay, labourDay, thanksgiving,
               christmas],
        "SK": common + [familyDay, victoriaDay, HolidayRule("Saskatchewan Day", .nthWeekday(1, weekday: monday, month: 8)),
                        thanksgiving, remembrance],
        "YT": common + [victoriaDay, indigenousPeoplesDay, HolidayRule("Discovery Day", .nthWeekday(3, weekday: monday, month: 8)),
                        truthAndReconciliation, thanksgiving, remembrance],
    ]
}
