import Testing
@testable import Validator

/// Earliest porting dates: the profile's business days after submission, weekends
/// and the country's public holidays skipped, the submission day not counted.
@Suite struct PortingDateTests {
    func earliest(_ country: String, _ submitted: String) -> String {
        PortingProfile.of(country)!.earliestDate(submitted: LocalDate(submitted)!).description
    }

    @Test func belgiumSkipsTheChristmasHolidays() {
        // Friday 19 December 2025 + 10 business days, 25 December and 1 January excluded.
        #expect(earliest("BE", "2025-12-19") == "2026-01-06")
    }

    @Test func otherCountries() {
        #expect(earliest("NL", "2026-11-02") == "2026-11-05")
        #expect(earliest("NL", "2026-04-02") == "2026-04-08")   // Easter Monday skipped; Good Friday counts
        #expect(earliest("US", "2026-11-25") == "2026-11-27")   // Thanksgiving skipped
        #expect(earliest("CA", "2026-12-24") == "2026-12-30")   // Christmas, Boxing Day (observed Monday 28th)
        #expect(earliest("DE", "2026-11-23") == "2026-12-14")
        #expect(earliest("DE", "2026-12-18") == "2027-01-12")   // 24 and 31 December are business days
    }

    @Test func businessDays() {
        let be = BusinessDays(calendar: "BE")
        #expect(!be.isBusinessDay(LocalDate("2026-07-21")!))
        #expect(be.onOrAfter(LocalDate("2026-07-18")!).description == "2026-07-20")
        #expect(be.adding(0, to: LocalDate("2026-07-18")!).description == "2026-07-18")
    }

    @Test func everyCountryHasAProfileWithACalendar() {
        for profile in PortingProfile.all {
            #expect(HolidayCalendars.rules(profile.country) != nil)
            #expect(profile.leadBusinessDays > 0)
        }
    }
}
