/// Germany: the nationwide holidays, and per state (ISO 3166-2 `DE-xx`) the ones its
/// law adds, as of 2023 (Frauentag in MV from 2023, Reformationstag in the northern
/// states from 2018). Holidays of single municipalities (Mariä Himmelfahrt in
/// Catholic Bavaria, Fronleichnam in parts of Saxony and Thuringia) are left to `dates`.
enum GermanyHolidays {
    static let nationwide: [HolidayRule] = [
        HolidayRule("Neujahr", .fixed(month: 1, day: 1)),
        HolidayRule("Karfreitag", .easter(-2)),
        HolidayRule("Ostermontag", .easter(1)),
        HolidayRule("Tag der Arbeit", .fixed(month: 5, day: 1)),
        HolidayRule("Christi Himmelfahrt", .easter(39)),
        HolidayRule("Pfingstmontag", .easter(50)),
        HolidayRule("Tag der Deutschen Einheit", .fixed(month: 10, day: 3)),
        HolidayRule("1. Weihnachtstag", .fixed(month: 12, day: 25)),
        HolidayRule("2. Weihnachtstag", .fixed(month: 12, day: 26)),
    ]

    private static let epiphany = HolidayRule("Heilige Drei Könige", .fixed(month: 1, day: 6))
    private static let womensDay = HolidayRule("Internationaler Frauentag", .fixed(month: 3, day: 8), since: 2019)
    private static let easterSunday = HolidayRule("Ostersonntag", .easter(0))
    private static let whitSunday = HolidayRule("Pfingstsonntag", .easter(49))
    private static let corpusChristi = HolidayRule("Fronleichnam", .easter(60))
    private static let assumption = HolidayRule("Mariä Himmelfahrt", .fixed(month: 8, day: 15))
    private static let childrensDay = HolidayRule("Weltkindertag", .fixed(month: 9, day: 20), since: 2019)
    private static let reformation = HolidayRule("Reformationstag", .fixed(month: 10, day: 31))
    private static let reformationNorth = HolidayRule("Reformationstag", .fixed(month: 10, day: 31), since: 2018)
    private static let allSaints = HolidayRule("Allerheiligen", .fixed(month: 11, day: 1))
    private static let repentance = HolidayRule("Buß- und Bettag", .weekdayOnOrBefore(weekday: wednesday, month: 11, day: 22))

    static let byState: [String: [HolidayRule]] = [
        "BW": [epiphany, corpusChristi, allSaints],
        "BY": [epiphany, corpusChristi, allSaints],
        "BE": [womensDay,
               // Jubilees Berlin made public holidays by law.
               HolidayRule("80. Jahrestag der Befreiung", .fixed(month: 5, day: 8), only: 2025),
               HolidayRule("75. Jahrestag des Volksaufstandes in der DDR", .fixed(month: 6, day: 17), only: 2028)],
        "BB": [easterSunday, whitSunday, reformation],
        "HB": [reformationNorth],
        "HH": [reformationNorth],
        "HE": [corpusChristi],
        "MV": [HolidayRule("Internationaler Frauentag", .fixed(month: 3, day: 8), since: 2023), reformation],
        "NI": [reformationNorth],
        "NW": [corpusChristi, allSaints],
        "RP": [corpusChristi, allSaints],
        "SL": [corpusChristi, assumption, allSaints],
        "SN": [reformation, repentance],
        "ST": [epiphany, reformation],
        "SH": [reformationNorth],
        "TH": [childrensDay, reformation],
    ]

    /// What a customer can add: Christmas Eve, New Year's Eve and Carnival Monday, on
    /// which many offices close though the law does not.
    static let optional: [HolidayRule] = [
        HolidayRule("Rosenmontag", .easter(-48)),
        HolidayRule("Heiligabend", .fixed(month: 12, day: 24)),
        HolidayRule("Silvester", .fixed(month: 12, day: 31)),
    ]
}
