import TestSupport
import XCTest
@testable import Validator

/// `night-mode-target` cases beyond the rule's own examples.
final class NightModeTargetTests: XCTestCase {
    func testEntityForcedOnWithNowhereToGo() {
        let text = """
        customer: { id: a, country: NL }
        numbers: ["+31887654000"]
        company: { number: "+31887654000", unassigned_numbers: jan, voicemail: false }
        users: [{ id: jan, name: Jan, extension: "201", number: "+31887654000", night_mode: on }]
        """
        let hits = CustomerChecker.check(text: text, path: "c.yaml").filter { $0.rule == "night-mode-target" }
        XCTAssertEqual(hits.map { "\($0.location.line):\($0.location.column)" }, ["4:85"])
        let fixed = text.replacingOccurrences(of: "night_mode: on", with: "night_mode: { mode: on, to: \"+31612345678\" }")
        XCTAssertEqual(CustomerChecker.check(text: fixed, path: "c.yaml").filter { $0.rule == "night-mode-target" }.count, 0)
    }

    /// Regression: the rule once found an entity's night mode through its id, so with
    /// an id used twice it checked the wrong entity and missed this one.
    func testDuplicateIDDoesNotHideANightModeTarget() {
        let text = """
        customer: { id: a, country: NL }
        numbers: ["+31887654000"]
        company: { number: "+31887654000", unassigned_numbers: "+31612345678", voicemail: false }
        users: [{ id: x, name: X, extension: "201" }]
        hunt_groups:
          - { id: g, extension: "101", members: [x], overflow: { to: "201" } }
          - { id: x, extension: "102", members: [x], overflow: { to: "201" }, night_mode: { mode: on, to: voicemail } }
        """
        let hits = CustomerChecker.check(text: text, path: "c.yaml").filter { $0.rule == "night-mode-target" }
        XCTAssertEqual(hits.map { "\($0.location.line):\($0.location.column)" }, ["7:99"])
    }
}
