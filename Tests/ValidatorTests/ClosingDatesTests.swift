import Domain
import Validator
import XCTest

/// A schedule's `dates` entry: one day, or a period with either end written in any of
/// the three accepted separators.
final class ClosingDatesTests: XCTestCase {
    private func days(_ text: String) -> [String]? {
        (try? ClosingDates.days(text).get())?.map(\.description)
    }

    func testOneDay() {
        XCTAssertEqual(days("2026-12-24"), ["2026-12-24"])
    }

    func testPeriodsWithEachSeparatorIncludeBothEnds() {
        let expected = ["2026-12-30", "2026-12-31", "2027-01-01"]
        for text in ["2026-12-30 - 2027-01-01", "2026-12-30–2027-01-01", "2026-12-30 – 2027-01-01",
                     "2026-12-30..2027-01-01", "2026-12-30 .. 2027-01-01"] {
            XCTAssertEqual(days(text), expected, text)
        }
    }

    func testRefusals() {
        XCTAssertEqual(ClosingDates.days("2026-12-24 - 2026-12-25 - 2026-12-26"),
                       .failure(.notADate("2026-12-24 - 2026-12-25 - 2026-12-26")))
        XCTAssertEqual(ClosingDates.days("2026-02-30"), .failure(.notADate("2026-02-30")))
        XCTAssertEqual(ClosingDates.days("2026-12-31 - 2026-12-01"), .failure(.endsBeforeStart))
        XCTAssertEqual(ClosingDates.days("2026-01-01 - 2027-12-31"), .failure(.tooLong(730)))
        XCTAssertEqual(ClosingDates.days("2026-07-20 - x"), .failure(.notADate("x")))
    }
}
