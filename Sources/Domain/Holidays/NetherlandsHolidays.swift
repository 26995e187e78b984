/// The Netherlands.
enum NetherlandsHolidays {
    /// The holidays of the Algemene termijnenwet (art. 3): what a legal deadline (and so
    /// a porting lead time) does not count. 5 May every year; Good Friday is not among them.
    static let legal: [HolidayRule] = [
        newYear, easterSunday, easterMonday, kingsDay,
        HolidayRule("Bevrijdingsdag", .fixed(month: 5, day: 5)),
        ascension, whitSunday, whitMonday, christmas, boxingDay,
    ]

    /// The days businesses close: Good Friday too, and Liberation Day only in lustrum
    /// years (2025, 2030, …), as collective agreements and python-holidays have it.
    static let office: [HolidayRule] = [
        newYear, HolidayRule("Goede Vrijdag", .easter(-2)), easterSunday, easterMonday, kingsDay,
        HolidayRule("Bevrijdingsdag", .fixed(month: 5, day: 5), every: 5),
        ascension, whitSunday, whitMonday, christmas, boxingDay,
    ]

    /// What a customer can add: Liberation Day every year (the list of the law) and
    /// New Year's Eve.
    static let optional: [HolidayRule] = [
        HolidayRule("Bevrijdingsdag elk jaar", .fixed(month: 5, day: 5), replacing: "Bevrijdingsdag"),
        HolidayRule("Oudejaarsdag", .fixed(month: 12, day: 31)),
    ]

    private static let newYear = HolidayRule("Nieuwjaarsdag", .fixed(month: 1, day: 1))
    private static let easterSunday = HolidayRule("Eerste Paasdag", .easter(0))
    private static let easterMonday = HolidayRule("Tweede Paasdag", .easter(1))
    /// 27 April, or the 26th when the 27th is a Sunday.
    private static let kingsDay = HolidayRule("Koningsdag", .fixed(month: 4, day: 27), observance: .sundayToSaturday)
    private static let ascension = HolidayRule("Hemelvaartsdag", .easter(39))
    private static let whitSunday = HolidayRule("Eerste Pinksterdag", .easter(49))
    private static let whitMonday = HolidayRule("Tweede Pinksterdag", .easter(50))
    private static let christmas = HolidayRule("Eerste Kerstdag", .fixed(month: 12, day: 25))
    private static let boxingDay = HolidayRule("Tweede Kerstdag", .fixed(month: 12, day: 26))
}
