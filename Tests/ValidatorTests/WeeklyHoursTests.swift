import TestSupport
import XCTest
@testable import Validator

/// Opening-hours parsing (used by the schedule rules).
final class WeeklyHoursTests: XCTestCase {
    func testDaySpecs() throws {
        XCTAssertEqual(try WeeklyHours.days("mon-fri").get(), [0, 1, 2, 3, 4])
        XCTAssertEqual(try WeeklyHours.days("sat").get(), [5])
        XCTAssertEqual(try WeeklyHours.days("Mon-Wed").get(), [0, 1, 2])
        XCTAssertEqual(try WeeklyHours.days("mon, wed").get(), [0, 2])
        XCTAssertEqual(try WeeklyHours.days("daily").get(), Array(0..<7))
        XCTAssertEqual(try WeeklyHours.days("weekend").get(), [5, 6])
        for bad in ["mon-fry", "fri-mon", "moon", "", "mon-"] {
            XCTAssertThrowsError(try WeeklyHours.days(bad).get(), bad)
        }
    }

    func testSpans() throws {
        XCTAssertEqual(try WeeklyHours.span("08:30-17:30").get().0, 510)
        XCTAssertEqual(try WeeklyHours.span(" 13:00 - 24:00 ").get().1, 1440)
        XCTAssertEqual(WeeklyHours.span("17:30-08:30").failureValue, .endsBeforeStart("17:30-08:30"))
        for bad in ["8:30-17:30", "08:30-17:75", "08:30", "24:01-24:30", "08:30–17:30", "ab:cd-ef:gh"] {
            XCTAssertThrowsError(try WeeklyHours.span(bad).get(), bad)
        }
    }
}
