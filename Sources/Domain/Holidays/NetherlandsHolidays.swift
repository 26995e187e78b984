/// The Netherlands: the holidays of the Algemene termijnenwet (art. 3), which is also
/// what porting deadlines count with. Good Friday is not among them (many businesses
/// open); customers who close add it under `dates`.
enum NetherlandsHolidays {
    static let rules: [HolidayRule] = [
        HolidayRule("Nieuwjaarsdag", .fixed(month: 1, day: 1)),
        HolidayRule("Eerste Paasdag", .easter(0)),
        HolidayRule("Tweede Paasdag", .easter(1)),
        // 27 April, or the 26th when the 27th is a Sunday.
        HolidayRule("Koningsdag", .fixed(month: 4, day: 27), observance: .sundayToSaturday),
        HolidayRule("Bevrijdingsdag", .fixed(month: 5, day: 5)),
        HolidayRule("Hemelvaartsdag", .easter(39)),
        HolidayRule("Eerste Pinksterdag", .easter(49)),
        HolidayRule("Tweede Pinksterdag", .easter(50)),
        HolidayRule("Eerste Kerstdag", .fixed(month: 12, day: 25)),
        HolidayRule("Tweede Kerstdag", .fixed(month: 12, day: 26)),
    ]
}
