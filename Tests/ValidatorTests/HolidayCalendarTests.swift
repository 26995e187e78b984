import Testing
@testable import Validator

/// Holiday dates checked against published calendars (government sites of each country).
@Suite struct HolidayCalendarTests {
    func dates(_ code: String, _ year: Int) -> [String: String] {
        Dictionary(uniqueKeysWithValues: HolidayCalendars.holidays(code, year: year).map { ($0.date.description, $0.name) })
    }

    @Test func easterSundays() {
        #expect(LocalDate.easter(2024).description == "2024-03-31")
        #expect(LocalDate.easter(2025).description == "2025-04-20")
        #expect(LocalDate.easter(2026).description == "2026-04-05")
        #expect(LocalDate.easter(2027).description == "2027-03-28")
        #expect(LocalDate.easter(2038).description == "2038-04-25")
    }

    @Test func dayNumbersRoundTripAndWeekdays() {
        for n in stride(from: -800_000, to: 800_000, by: 997) {
            #expect(LocalDate(dayNumber: n).dayNumber == n)
        }
        #expect(LocalDate("2026-11-24")?.weekday == 1)  // a Tuesday
        #expect(LocalDate("2026-02-29") == nil)
        #expect(LocalDate("2028-02-29")?.adding(days: 1).description == "2028-03-01")
    }

    @Test func netherlands2026() {
        let nl = dates("NL", 2026)
        #expect(nl["2026-01-01"] == "Nieuwjaarsdag")
        #expect(nl["2026-04-06"] == "Tweede Paasdag")
        #expect(nl["2026-04-27"] == "Koningsdag")
        #expect(nl["2026-05-05"] == "Bevrijdingsdag")
        #expect(nl["2026-05-14"] == "Hemelvaartsdag")
        #expect(nl["2026-05-25"] == "Tweede Pinksterdag")
        #expect(nl["2026-12-25"] == "Eerste Kerstdag")
        #expect(nl["2026-04-03"] == nil)  // Good Friday is not a public holiday here
        #expect(nl.count == 10)
    }

    @Test func kingsDayMovesToSaturdayWhenOnSunday() {
        #expect(dates("NL", 2025)["2025-04-26"] == "Koningsdag")
        #expect(dates("NL", 2025)["2025-04-27"] == nil)
    }

    @Test func belgium2026() {
        let be = dates("BE", 2026)
        #expect(be["2026-07-21"] == "Nationale feestdag")
        #expect(be["2026-11-11"] == "Wapenstilstand")
        #expect(be["2026-05-01"] == "Dag van de Arbeid")
        #expect(be.count == 12)
    }

    @Test func germanyByState() {
        #expect(dates("DE", 2026)["2026-04-03"] == "Karfreitag")
        #expect(dates("DE", 2026)["2026-06-04"] == nil)
        #expect(dates("DE-BY", 2026)["2026-06-04"] == "Fronleichnam")
        #expect(dates("DE-SN", 2026)["2026-11-18"] == "Buß- und Bettag")
        #expect(dates("DE-BE", 2026)["2026-03-08"] == "Internationaler Frauentag")
        #expect(dates("DE-MV", 2022)["2022-03-08"] == nil)
        #expect(dates("DE-HH", 2026)["2026-10-31"] == "Reformationstag")
        #expect(HolidayCalendars.rules("DE-XX") == nil)
    }

    @Test func canada() {
        #expect(dates("CA", 2026)["2026-05-18"] == "Victoria Day")
        #expect(dates("CA", 2026)["2026-10-12"] == "Thanksgiving")
        #expect(dates("CA", 2018)["2018-07-02"] == "Canada Day (observed)")  // 1 July 2018 was a Sunday
        #expect(dates("CA", 2018)["2018-07-01"] == "Canada Day")
        // Christmas 2027 on a Saturday, Boxing Day on the Sunday: Monday and Tuesday are off.
        #expect(dates("CA", 2027)["2027-12-27"] == "Christmas Day (observed)")
        #expect(dates("CA", 2027)["2027-12-28"] == "Boxing Day (observed)")
        #expect(dates("CA-QC", 2026)["2026-06-24"] == "Fête nationale du Québec")
        #expect(dates("CA-ON", 2026)["2026-02-16"] == "Family Day")
        #expect(dates("CA-QC", 2026)["2026-02-16"] == nil)
    }

    @Test func unitedStatesObservedDays() {
        let us = dates("US", 2026)
        #expect(us["2026-11-26"] == "Thanksgiving Day")
        #expect(us["2026-05-25"] == "Memorial Day")
        #expect(us["2026-07-03"] == "Independence Day")  // 4 July 2026 is a Saturday
        #expect(us.count == 11)
        #expect(dates("US", 2021)["2021-12-31"] == "New Year's Day")  // 1 January 2022 was a Saturday
        #expect(dates("US", 2022)["2022-01-01"] == nil)
        #expect(dates("US", 2020)["2020-06-19"] == nil)
    }

    @Test func everyKnownCodeHasRules() {
        for code in HolidayCalendars.known { #expect(HolidayCalendars.rules(code)?.isEmpty == false, "\(code)") }
    }
}
