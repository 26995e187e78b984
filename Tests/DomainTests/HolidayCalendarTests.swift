import TestSupport
import XCTest
@testable import Domain

/// Holiday dates checked against published calendars (government sites of each country).
final class HolidayCalendarTests: XCTestCase {
    func dates(_ code: String, _ year: Int, for purpose: HolidayPurpose = .legalDeadline) -> [String: String] {
        Dictionary(uniqueKeysWithValues: HolidayCalendars.holidays(code, year: year, for: purpose).map { ($0.date.description, $0.name) })
    }

    func testEasterSundays() {
        XCTAssertEqual(LocalDate.easter(2024).description, "2024-03-31")
        XCTAssertEqual(LocalDate.easter(2025).description, "2025-04-20")
        XCTAssertEqual(LocalDate.easter(2026).description, "2026-04-05")
        XCTAssertEqual(LocalDate.easter(2027).description, "2027-03-28")
        XCTAssertEqual(LocalDate.easter(2038).description, "2038-04-25")
    }

    func testDayNumbersRoundTripAndWeekdays() {
        for n in stride(from: -800_000, to: 800_000, by: 997) {
            XCTAssertEqual(LocalDate(dayNumber: n).dayNumber, n)
        }
        XCTAssertEqual(LocalDate("2026-11-24")?.weekday, 1)  // a Tuesday
        XCTAssertNil(LocalDate("2026-02-29"))
        XCTAssertEqual(LocalDate("2028-02-29")?.adding(days: 1).description, "2028-03-01")
    }

    /// Dates are ten ASCII characters, digits and two hyphens; Int's own parsing let a
    /// sign through ("2026-+1-05" was 5 January).
    func testDatesAreDigitsOnly() {
        XCTAssertEqual(LocalDate("2026-01-05"), LocalDate(year: 2026, month: 1, day: 5))
        XCTAssertEqual(LocalDate("2000-02-29")?.description, "2000-02-29")
        for text in ["2026-+1-05", "2026-01-+5", "+026-01-05", "2026-1-05", "2026-01-5", "2026/01/05", "2026-01-05 ",
                     "2026-13-01", "2026-00-10", "2026-04-31", "2026-04-00", "1900-02-29", "２０２６-01-05", "", "2026-01-0５"] {
            XCTAssertNil(LocalDate(text), text)
        }
    }

    func testNetherlands2026() {
        let nl = dates("NL", 2026)
        XCTAssertEqual(nl["2026-01-01"], "Nieuwjaarsdag")
        XCTAssertEqual(nl["2026-04-06"], "Tweede Paasdag")
        XCTAssertEqual(nl["2026-04-27"], "Koningsdag")
        XCTAssertEqual(nl["2026-05-05"], "Bevrijdingsdag")
        XCTAssertEqual(nl["2026-05-14"], "Hemelvaartsdag")
        XCTAssertEqual(nl["2026-05-25"], "Tweede Pinksterdag")
        XCTAssertEqual(nl["2026-12-25"], "Eerste Kerstdag")
        XCTAssertNil(nl["2026-04-03"])  // Good Friday is not a public holiday here
        XCTAssertEqual(nl.count, 10)
    }

    func testKingsDayMovesToSaturdayWhenOnSunday() {
        XCTAssertEqual(dates("NL", 2025)["2025-04-26"], "Koningsdag")
        XCTAssertNil(dates("NL", 2025)["2025-04-27"])
    }

    func testBelgium2026() {
        let be = dates("BE", 2026)
        XCTAssertEqual(be["2026-07-21"], "Nationale feestdag")
        XCTAssertEqual(be["2026-11-11"], "Wapenstilstand")
        XCTAssertEqual(be["2026-05-01"], "Dag van de Arbeid")
        XCTAssertEqual(be.count, 12)
    }

    func testGermanyByState() {
        XCTAssertEqual(dates("DE", 2026)["2026-04-03"], "Karfreitag")
        XCTAssertNil(dates("DE", 2026)["2026-06-04"])
        XCTAssertEqual(dates("DE-BY", 2026)["2026-06-04"], "Fronleichnam")
        XCTAssertEqual(dates("DE-SN", 2026)["2026-11-18"], "Buß- und Bettag")
        XCTAssertEqual(dates("DE-BE", 2026)["2026-03-08"], "Internationaler Frauentag")
        XCTAssertNil(dates("DE-MV", 2022)["2022-03-08"])
        XCTAssertEqual(dates("DE-HH", 2026)["2026-10-31"], "Reformationstag")
        XCTAssertNil(HolidayCalendars.rules("DE-XX", for: .officeClosing))
    }

    func testCanada() {
        XCTAssertEqual(dates("CA", 2026)["2026-05-18"], "Victoria Day")
        XCTAssertEqual(dates("CA", 2026)["2026-10-12"], "Thanksgiving")
        XCTAssertEqual(dates("CA", 2018)["2018-07-02"], "Canada Day (observed)")  // 1 July 2018 was a Sunday
        XCTAssertEqual(dates("CA", 2018)["2018-07-01"], "Canada Day")
        // Christmas 2027 on a Saturday, Boxing Day on the Sunday: Monday and Tuesday are off.
        XCTAssertEqual(dates("CA", 2027)["2027-12-27"], "Christmas Day (observed)")
        XCTAssertEqual(dates("CA", 2027)["2027-12-28"], "Boxing Day (observed)")
        XCTAssertEqual(dates("CA-QC", 2026)["2026-06-24"], "Fête nationale du Québec")
        XCTAssertEqual(dates("CA-ON", 2026)["2026-02-16"], "Family Day")
        XCTAssertNil(dates("CA-QC", 2026)["2026-02-16"])
    }

    func testUnitedStatesObservedDays() {
        let us = dates("US", 2026)
        XCTAssertEqual(us["2026-11-26"], "Thanksgiving Day")
        XCTAssertEqual(us["2026-05-25"], "Memorial Day")
        XCTAssertEqual(us["2026-07-03"], "Independence Day (observed)")  // 4 July 2026 is a Saturday
        XCTAssertEqual(us["2026-07-04"], "Independence Day")
        XCTAssertEqual(us.count, 12)
        XCTAssertEqual(dates("US", 2021)["2021-12-31"], "New Year's Day (observed)")  // 1 January 2022 was a Saturday
        XCTAssertEqual(dates("US", 2022)["2022-01-01"], "New Year's Day")
        XCTAssertNil(dates("US", 2020)["2020-06-19"])
    }

    func testEveryKnownCodeHasRules() {
        for code in HolidayCalendars.known {
            XCTAssertEqual(HolidayCalendars.rules(code, for: .officeClosing)?.isEmpty, false, "\(code)")
            XCTAssertEqual(HolidayCalendars.rules(code, for: .legalDeadline)?.isEmpty, false, "\(code)")
        }
    }
}
