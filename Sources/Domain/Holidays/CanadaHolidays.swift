/// Canada: `CA` for deadlines is the federal general holidays of the Canada Labour
/// Code (what federally regulated carriers observe), for offices the holidays every
/// province shares; `CA-xx` is a province's or territory's
/// statutory holidays under its employment standards act, observed on a weekday as
/// that act says (python-holidays is the reference, see OfficeCalendarReferenceTests).
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
    private static let indigenousPeoplesDay = HolidayRule("National Indigenous Peoples Day", .fixed(month: 6, day: 21))

    /// Holidays every province and territory observes, as offices close on them (`CA`
    /// as an office calendar): Canada Day stays on its day, Christmas on a weekend moves
    /// to the Monday after.
    static let nationwide = [newYear, goodFriday, canadaDay.observed(.actual), labourDay, christmasProvincial]

    /// The federal general holidays: what a deadline skips (`CA` for porting).
    static let federal: [HolidayRule] = [
        newYear, goodFriday, victoriaDay, canadaDay, labourDay, truthAndReconciliation, thanksgiving, remembrance,
        christmas, boxingDay,
    ]

    /// In the provinces Christmas on a weekend is observed on the Monday after.
    private static let christmasProvincial = christmas.observed(.weekendToMonday)
    // How each province observes Canada Day and Remembrance Day when they fall on a
    // weekend differs: on the Monday after a Sunday only, after either weekend day, or
    // not at all (as python-holidays has each province's act).
    private static let canadaDayOnSundayToMonday = canadaDay.observed(.sundayToMonday)
    private static let canadaDayWeekendToMonday = canadaDay.observed(.weekendToMonday)
    private static let canadaDayOnItsDay = canadaDay.observed(.actual)
    private static let remembranceWeekendToMonday = remembrance.observed(.weekendToMonday)
    private static let remembranceOnItsDay = remembrance.observed(.actual)

    private static func common(canadaDay: HolidayRule) -> [HolidayRule] {
        [newYear, goodFriday, canadaDay, labourDay, christmasProvincial]
    }

    static let byProvince: [String: [HolidayRule]] = [
        "AB": common(canadaDay: canadaDayOnSundayToMonday) + [familyDay, victoriaDay, thanksgiving, remembranceWeekendToMonday],
        "BC": common(canadaDay: canadaDayOnSundayToMonday) + [
            familyDay, victoriaDay, HolidayRule("British Columbia Day", .nthWeekday(1, weekday: monday, month: 8)),
            truthAndReconciliation.observed(.weekendToMonday, since: 2023), thanksgiving, remembranceOnItsDay],
        "MB": common(canadaDay: canadaDayOnItsDay) + [
            HolidayRule("Louis Riel Day", .nthWeekday(3, weekday: monday, month: 2)), victoriaDay,
            truthAndReconciliation.observed(.weekendToMonday, since: 2024), thanksgiving],
        "NB": common(canadaDay: canadaDayOnItsDay) + [
            familyDay, HolidayRule("New Brunswick Day", .nthWeekday(1, weekday: monday, month: 8)), remembranceOnItsDay],
        "NL": common(canadaDay: canadaDayWeekendToMonday) + [remembranceWeekendToMonday],
        "NS": common(canadaDay: canadaDayOnItsDay) + [
            HolidayRule("Heritage Day", .nthWeekday(3, weekday: monday, month: 2)), remembranceWeekendToMonday],
        "NT": common(canadaDay: canadaDayOnItsDay) + [
            victoriaDay, indigenousPeoplesDay, civicHoliday, truthAndReconciliation.observed(.actual, since: 2022),
            thanksgiving, remembranceOnItsDay],
        "NU": common(canadaDay: canadaDayOnItsDay) + [
            victoriaDay, HolidayRule("Nunavut Day", .fixed(month: 7, day: 9)), civicHoliday,
            truthAndReconciliation.observed(.actual, since: 2022), thanksgiving, remembranceOnItsDay],
        "ON": common(canadaDay: canadaDayOnItsDay) + [familyDay, victoriaDay, thanksgiving, boxingDay],
        "PE": common(canadaDay: canadaDayWeekendToMonday) + [
            HolidayRule("Islander Day", .nthWeekday(3, weekday: monday, month: 2)),
            truthAndReconciliation.observed(.actual, since: 2022), remembranceWeekendToMonday],
        "QC": [newYear, goodFriday, HolidayRule("National Patriots' Day", .weekdayOnOrBefore(weekday: monday, month: 5, day: 24)),
               HolidayRule("Fête nationale du Québec", .fixed(month: 6, day: 24), observance: .sundayToMonday),
               canadaDayOnSundayToMonday, labourDay, thanksgiving, christmasProvincial],
        "SK": common(canadaDay: canadaDayWeekendToMonday) + [
            familyDay, victoriaDay, HolidayRule("Saskatchewan Day", .nthWeekday(1, weekday: monday, month: 8)),
            thanksgiving, remembranceWeekendToMonday],
        "YT": common(canadaDay: canadaDayWeekendToMonday) + [
            victoriaDay, indigenousPeoplesDay, HolidayRule("Discovery Day", .nthWeekday(3, weekday: monday, month: 8)),
            truthAndReconciliation.observed(.actual, since: 2023), thanksgiving, remembranceWeekendToMonday],
    ]

    /// What a customer can add where the province's list lacks it: Easter Monday, the
    /// Civic Holiday and Boxing Day, on which many offices close.
    static let optional: [HolidayRule] = [
        HolidayRule("Easter Monday", .easter(1)),
        HolidayRule("Civic Holiday", .nthWeekday(1, weekday: monday, month: 8)),
        HolidayRule("Boxing Day", .fixed(month: 12, day: 26)),
    ]
}
