import Diagnostics
import Domain
import TestSupport
import XCTest
@testable import Validator

/// Findings that do not depend on the day a run happens, and one finding per root cause.
final class RootCauseAndDateTests: XCTestCase {
    private func check(_ text: String, today: LocalDate?) -> [Diagnostic] {
        CustomerChecker(repository: Example.repository, today: today).check(text: text, path: "c.yaml") { _ in () }.diagnostics
    }

    /// A submitted request gives the same findings whatever day it is checked on.
    func testASubmittedPortingRequestIsCheckedTheSameOnEveryDay() {
        let text = Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#,
                                   dates: "submitted: 2026-11-02\n    wanted_date: 2026-11-04")
        let early = check(text, today: LocalDate(year: 2026, month: 10, day: 1))
        let late = check(text, today: LocalDate(year: 2027, month: 6, day: 30))
        XCTAssertEqual(early, late)
        XCTAssertEqual(early.map(\.rule), ["porting-date"])
    }

    /// Without `submitted`, the finding depends on the day, and its message says so.
    func testAPortingRequestWithoutASubmittedDateSaysItCountsFromToday() throws {
        let text = Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#, dates: "wanted_date: 2026-11-04")
        XCTAssertEqual(check(text, today: LocalDate(year: 2026, month: 10, day: 1)).map(\.rule), [])
        let late = try XCTUnwrap(check(text, today: LocalDate(year: 2026, month: 11, day: 2)).first { $0.rule == "porting-date" })
        XCTAssertTrue(late.message.contains("counted from today, 2026-11-02, as the request has no `submitted` date"), late.message)
        XCTAssertTrue(late.help?.contains("`submitted:`") ?? false, late.help ?? "")
    }

    /// National numbers without a country: one finding naming both settings, the other
    /// numbers as notes — not one identical error per number.
    func testNationalNumbersWithoutACountryGiveOneFinding() throws {
        let text = """
        customer: { id: shop, name: Shop }
        numbers: ["020 240 0000 - 020 240 0009"]
        company: { number: "020 240 0000", unassigned_numbers: voicemail }
        users:
          - { id: jan, name: Jan, extension: "201", number: "020 240 0001", forward: { unreachable: "06 12345678" } }
        """
        let findings = check(text, today: nil).filter { $0.rule == "number-format" }
        XCTAssertEqual(findings.count, 1, findings.map(\.message).joined(separator: "\n"))
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.location.line, 2)
        XCTAssertTrue(finding.help?.contains("`defaults.country`") ?? false, finding.help ?? "")
        XCTAssertTrue(finding.help?.contains("`customer.country`") ?? false, finding.help ?? "")
        XCTAssertEqual(finding.notes.count, 4, "\(finding.notes)")
    }
}
