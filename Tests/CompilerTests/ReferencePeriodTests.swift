import Compiler
import Domain
import TestSupport
import XCTest

/// The moments `pbxc diff` follows calls at: a week without closing days, the year's
/// closing days, each day cut where a schedule opens or closes.
final class ReferencePeriodTests: XCTestCase {
    func testTheWeekAvoidsClosingDaysAndDaysAreCutAtTheHours() throws {
        let acme = try XCTUnwrap(compiledExamples()["acme"]).routing
        let period = ReferencePeriod([acme], year: 2026)
        // 2026-01-01 is a Thursday and a holiday; the week of Monday the 5th has none.
        XCTAssertEqual(period.week.map(\.description).first, "2026-01-05")
        XCTAssertEqual(period.week.map(\.description).last, "2026-01-11")
        let monday = period.slices.filter { $0.date.description == "2026-01-05" }.map { [$0.start, $0.end] }
        XCTAssertEqual(monday, [[0, 510], [510, 1050], [1050, 1440]], "office hours 08:30–17:30")
        let sunday = period.slices.filter { $0.date.description == "2026-01-11" }.map { [$0.start, $0.end] }
        XCTAssertEqual(sunday, [[0, 1440]])
        // Closing days: the NL holidays of 2026 by name, the extra dates as such.
        let closing = Dictionary(period.slices.compactMap { s in s.closingDay.map { (s.date.description, $0) } }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(closing["2026-12-24"], ClosedDay.extraDateName)
        XCTAssertNotNil(closing["2026-12-25"])
        XCTAssertNil(closing["2027-01-01"], "the build year only")

        // A closing day in that week moves it on by a week.
        var closed = acme
        closed.schedules["closed-days"]?.closedDays.append(ClosedDay(date: "2026-01-07", name: ClosedDay.extraDateName))
        XCTAssertEqual(ReferencePeriod([acme, closed], year: 2026).week.first?.description, "2026-01-12")
    }

    /// The trace says what the moment decided at a menu and for night mode (what the diff compares).
    func testTraceStepsCarryTheDecision() throws {
        let acme = try XCTUnwrap(compiledExamples()["acme"]).routing
        let simulator = CallSimulator(table: acme)
        let open = simulator.trace("+31887654000", at: try LocalDateTime.parse("2026-11-24 10:00", zone: "Europe/Amsterdam"), keys: "")
        XCTAssertEqual(open.steps.first { $0.event == "menu" }?.state, "open")
        XCTAssertEqual(open.steps.first { $0.event == "night_mode" }?.state, "off")
        let night = simulator.trace("+31887654000", at: try LocalDateTime.parse("2026-11-24 22:00", zone: "Europe/Amsterdam"), keys: "")
        XCTAssertEqual(night.steps.first { $0.event == "night_mode" }?.state, "on")
        XCTAssertNil(night.steps.first { $0.event == "menu" }, "night mode sent the call on before the menu")
    }
}
