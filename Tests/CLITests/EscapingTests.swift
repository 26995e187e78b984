import Foundation
import TestSupport
import XCTest

/// Names from a customer's files cannot become Asterisk code or document structure:
/// `check` refuses them with a located diagnostic that shows them escaped.
final class EscapingTests: XCTestCase {
    /// A schedule whose name would add a context taking another customer's calls.
    static let injectedSchedule = "x\\n[other-customer-inbound]\\nexten => _X.,1,Dial(PJSIP/${EXTEN}@evil-trunk)\\n;"

    func customer(schedule: String) -> String {
        """
        version: 1
        customer: { id: shop, name: Shop, country: NL, timezone: Europe/Amsterdam }
        numbers: ["+31202400000"]
        company:
          number: "+31202400000"
          unassigned_numbers: jan
          night_mode: { mode: auto, office_hours: "\(schedule)", to: voicemail }
        schedules:
          "\(schedule)": { hours: { mon-fri: "08:30-17:30" } }
        users: [{ id: jan, name: Jan, extension: "201", night_mode: follow }]
        """
    }

    func testAnInjectedScheduleNameIsRefusedWhereItStands() throws {
        let dir = try temporaryFolder(self)
        let file = dir.appendingPathComponent("shop.yaml")
        try customer(schedule: "office-hours").write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(pbxc(["check", file.path]).status, 0, "the clean customer checks clean")

        try customer(schedule: Self.injectedSchedule).write(to: file, atomically: true, encoding: .utf8)
        let run = pbxc(["check", file.path, "--format", "json"])
        XCTAssertEqual(run.status, 1)
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let diagnostics = try XCTUnwrap(doc["diagnostics"] as? [[String: Any]])
        let idFormat = try XCTUnwrap(diagnostics.first { $0["rule"] as? String == "id-format" }, run.out)
        XCTAssertEqual(idFormat["line"] as? Int, 9, "at the key under schedules:")
        let message = try XCTUnwrap(idFormat["message"] as? String)
        XCTAssertTrue(message.contains(#"x\n[other-customer-inbound]\nexten"#), message)
        XCTAssertFalse(message.contains("\n"), "no raw line break in the message")

        let text = pbxc(["check", file.path])
        XCTAssertTrue(text.err.contains("error[id-format]"), text.err)
        XCTAssertFalse(text.err.contains("\n[other-customer-inbound]"), text.err)
        let build = pbxc(["build", file.path, "-o", dir.appendingPathComponent("out").path], environment: buildEnvironment)
        XCTAssertEqual(build.status, 1)
    }

    func testAVariableAsScheduleNameIsRefused() throws {
        let dir = try temporaryFolder(self)
        let file = dir.appendingPathComponent("shop.yaml")
        try customer(schedule: "${SHELL(id)}").write(to: file, atomically: true, encoding: .utf8)
        let run = pbxc(["check", file.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.err.contains("error[id-format]"), run.err)
    }
}
