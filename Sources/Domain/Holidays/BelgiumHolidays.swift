/// Belgium: the ten legal public holidays (wet van 4 januari 1974), plus Easter and
/// Whit Sunday, on which offices are closed anyway.
enum BelgiumHolidays {
    static let rules: [HolidayRule] = [
        HolidayRule("Nieuwjaar", .fixed(month: 1, day: 1)),
        HolidayRule("Pasen", .easter(0)),
        HolidayRule("Paasmaandag", .easter(1)),
        HolidayRule("Dag van de Arbeid", .fixed(month: 5, day: 1)),
        HolidayRule("O.L.H. Hemelvaart", .easter(39)),
        HolidayRule("Pinksteren", .easter(49)),
        HolidayRule("Pinkstermaandag", .easter(50)),
        HolidayRule("Nationale feestdag", .fixed(month: 7, day: 21)),
        HolidayRule("O.L.V. Hemelvaart", .fixed(month: 8, day: 15)),
        HolidayRule("Allerheiligen", .fixed(month: 11, day: 1)),
        HolidayRule("Wapenstilstand", .fixed(month: 11, day: 11)),
        HolidayRule("Kerstmis", .fixed(month: 12, day: 25)),
    ]

    /// What a customer can add: the community holidays (Flemish, French-speaking,
    /// German-speaking), Boxing Day and the King's Feast, on which many offices close.
    static let optional: [HolidayRule] = [
        HolidayRule("Feest van de Vlaamse Gemeenschap", .fixed(month: 7, day: 11)),
        HolidayRule("Fête de la Fédération Wallonie-Bruxelles", .fixed(month: 9, day: 27)),
        HolidayRule("Feiertag der Deutschsprachigen Gemeinschaft", .fixed(month: 11, day: 15)),
        HolidayRule("Koningsfeest", .fixed(month: 11, day: 15)),
        HolidayRule("Tweede Kerstdag", .fixed(month: 12, day: 26)),
    ]
}
