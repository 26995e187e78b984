/// United States: the eleven federal holidays (5 U.S.C. 6103), each observed on the
/// nearest weekday when it falls on a weekend (the weekend day itself stays a holiday).
enum UnitedStatesHolidays {
    static let rules: [HolidayRule] = [
        HolidayRule("New Year's Day", .fixed(month: 1, day: 1), observance: .nearestWeekday),
        HolidayRule("Birthday of Martin Luther King, Jr.", .nthWeekday(3, weekday: monday, month: 1)),
        HolidayRule("Washington's Birthday", .nthWeekday(3, weekday: monday, month: 2)),
        HolidayRule("Memorial Day", .nthWeekday(-1, weekday: monday, month: 5)),
        HolidayRule("Juneteenth National Independence Day", .fixed(month: 6, day: 19), observance: .nearestWeekday,
                    since: 2021),
        HolidayRule("Independence Day", .fixed(month: 7, day: 4), observance: .nearestWeekday),
        HolidayRule("Labor Day", .nthWeekday(1, weekday: monday, month: 9)),
        HolidayRule("Columbus Day", .nthWeekday(2, weekday: monday, month: 10)),
        HolidayRule("Veterans Day", .fixed(month: 11, day: 11), observance: .nearestWeekday),
        HolidayRule("Thanksgiving Day", .nthWeekday(4, weekday: thursday, month: 11)),
        HolidayRule("Christmas Day", .fixed(month: 12, day: 25), observance: .nearestWeekday),
    ]

    /// What a customer can add: the days around Christmas and New Year many offices close.
    static let optional: [HolidayRule] = [
        HolidayRule("Christmas Eve", .fixed(month: 12, day: 24)),
        HolidayRule("New Year's Eve", .fixed(month: 12, day: 31)),
    ]
}
