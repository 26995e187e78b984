import Foundation
import TestSupport
import XCTest
@testable import Domain

/// The office-closing calendars against python-holidays (PyPI `holidays`, installed by
/// scripts/install-deps), the reference for which days businesses close: every built-in
/// code, every year from 2024 to 2100, date by date. The calendars are today's law, so
/// years before 2024 are not compared (the Dutch Queen's Day, the one-off German
/// Reformation Day of 2017 and Canadian holidays before their acts are not modelled).
final class OfficeCalendarReferenceTests: XCTestCase {
    static let years = 2024...2100

    func testOfficeCalendarsAgreeWithPythonHolidays() throws {
        let run = try tool(["python3", "scripts/holidays/reference.py", String(Self.years.lowerBound),
                            String(Self.years.upperBound)] + HolidayCalendars.known)
        XCTAssertEqual(run.status, 0, "python-holidays (scripts/install-deps installs it): \(run.out)")
        guard run.status == 0 else { return }
        let reference = try JSONDecoder().decode([String: [String: String]].self, from: Data(run.out.utf8))
        var compared = 0
        for code in HolidayCalendars.known {
            let theirs = try XCTUnwrap(reference[code], code)
            var ours: [String: String] = [:]
            for year in Self.years {
                for holiday in HolidayCalendars.holidays(code, year: year, for: .officeClosing) {
                    ours[holiday.date.description] = holiday.name
                }
            }
            let onlyOurs = Set(ours.keys).subtracting(theirs.keys).sorted()
            let onlyTheirs = Set(theirs.keys).subtracting(ours.keys).sorted()
            XCTAssertEqual(onlyOurs, [], "\(code): closed in pbxc only: \(onlyOurs.prefix(5).map { "\($0) \(ours[$0]!)" })")
            XCTAssertEqual(onlyTheirs, [], "\(code): closed in python-holidays only: \(onlyTheirs.prefix(5).map { "\($0) \(theirs[$0]!)" })")
            compared += ours.count
        }
        XCTAssertGreaterThan(compared, 25_000)
    }

    /// The two meanings apart: Dutch offices close on 5 May in lustrum years and on Good
    /// Friday; a deadline skips 5 May every year and counts Good Friday.
    func testNetherlandsOfficeAndDeadlineCalendarsDiffer() {
        XCTAssertNotNil(HolidayCalendars.holiday("NL", on: LocalDate("2030-05-05")!, for: .officeClosing))
        XCTAssertNil(HolidayCalendars.holiday("NL", on: LocalDate("2026-05-05")!, for: .officeClosing))
        XCTAssertEqual(HolidayCalendars.holiday("NL", on: LocalDate("2026-05-05")!, for: .legalDeadline)?.name, "Bevrijdingsdag")
        XCTAssertEqual(HolidayCalendars.holiday("NL", on: LocalDate("2026-04-03")!, for: .officeClosing)?.name, "Goede Vrijdag")
        XCTAssertNil(HolidayCalendars.holiday("NL", on: LocalDate("2026-04-03")!, for: .legalDeadline))
        // A porting deadline over 5 May 2026 (a Tuesday) skips it.
        XCTAssertEqual(BusinessDays(calendar: "NL").adding(1, to: LocalDate("2026-05-04")!).description, "2026-05-06")
    }

    func testSelectionDropsAndAddsNamedHolidays() {
        let selection = HolidaySelection(calendar: "NL", drop: ["goede vrijdag"], add: ["Oudejaarsdag", "Bevrijdingsdag elk jaar"])
        let days = Set(HolidayCalendars.holidays(selection, year: 2026).map(\.date.description))
        XCTAssertFalse(days.contains("2026-04-03"))
        XCTAssertTrue(days.contains("2026-12-31"))
        XCTAssertTrue(days.contains("2026-05-05"))
        XCTAssertTrue(days.contains("2026-12-25"))
        // Liberation Day every year stands in for the lustrum-only one: one holiday in 2030.
        XCTAssertEqual(HolidayCalendars.holiday(selection, on: LocalDate("2030-05-05")!)?.name, "Bevrijdingsdag")
        XCTAssertEqual(HolidayCalendars.holidays(HolidaySelection(calendar: "NL"), year: 2026),
                       HolidayCalendars.holidays("NL", year: 2026, for: .officeClosing))
    }
}
