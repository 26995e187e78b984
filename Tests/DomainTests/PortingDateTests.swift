import TestSupport
import XCTest
@testable import Domain

/// Earliest porting dates: the profile's business days after submission, weekends
/// and the country's public holidays skipped, the submission day not counted.
final class PortingDateTests: XCTestCase {
    func earliest(_ country: String, _ submitted: String) -> String {
        PortingProfile.of(country)!.earliestDate(submitted: LocalDate(submitted)!).description
    }

    func testBelgiumSkipsTheChristmasHolidays() {
        // Friday 19 December 2025 + 10 business days, 25 December and 1 January excluded.
        XCTAssertEqual(earliest("BE", "2025-12-19"), "2026-01-06")
    }

    func testOtherCountries() {
        XCTAssertEqual(earliest("NL", "2026-11-02"), "2026-11-05")
        XCTAssertEqual(earliest("NL", "2026-04-02"), "2026-04-08")   // Easter Monday skipped; Good Friday counts
        XCTAssertEqual(earliest("US", "2026-11-25"), "2026-11-27")   // Thanksgiving skipped
        XCTAssertEqual(earliest("CA", "2026-12-24"), "2026-12-30")   // Christmas, Boxing Day (observed Monday 28th)
        XCTAssertEqual(earliest("DE", "2026-11-23"), "2026-12-14")
        XCTAssertEqual(earliest("DE", "2026-12-18"), "2027-01-12")   // 24 and 31 December are business days
    }

    func testBusinessDays() {
        let be = BusinessDays(calendar: "BE")
        XCTAssertTrue(!be.isBusinessDay(LocalDate("2026-07-21")!))
        XCTAssertEqual(be.onOrAfter(LocalDate("2026-07-18")!).description, "2026-07-20")
        XCTAssertEqual(be.adding(0, to: LocalDate("2026-07-18")!).description, "2026-07-18")
    }

    func testEveryCountryHasAProfileWithACalendar() {
        for profile in PortingProfile.all {
            XCTAssertNotNil(HolidayCalendars.rules(profile.country, for: .legalDeadline))
            XCTAssertTrue(profile.leadBusinessDays > 0)
        }
    }
}
