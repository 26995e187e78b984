import Diagnostics
import Domain
import Parser
import TestSupport
import Validator
import XCTest

/// Bad input to the keys of issue 19 (voicemail greetings and `after_greeting`, holiday
/// periods, the voicemail access code): each gets its rule, at its place, with a
/// did-you-mean where a word is close; good input is clean.
final class VoicemailAndClosingInputTests: XCTestCase {
    func customer(_ body: String) -> String {
        """
        customer: { id: acme, name: Acme B.V., country: NL }
        numbers: ["+31 88 765 4000 - +31 88 765 4009"]
        company: { number: "+31887654000", unassigned_numbers: voicemail }
        \(body)
        """
    }

    func findings(_ body: String) -> [Diagnostic] {
        CustomerChecker.check(text: customer(body), path: "c.yaml", repository: testRepository)
    }

    func testGoodVoicemailAndPeriodsAreClean() {
        let clean = findings("""
        schedules:
          closed: { holidays: NL, dates: ["2026-07-20 - 2026-08-07", "2026-12-24", "2026-12-27..2026-12-31"] }
        users:
          - id: jan
            name: Jan
            extension: "201"
            email: jan@acme.example
            voicemail: { copy_to: office@acme.example, greeting: { busy: b.wav, unavailable: u.wav } }
            devices: [\(phone(1))]
          - id: piet
            name: Piet
            extension: "202"
            voicemail: { allow_messages: false, greeting: away.wav, after_greeting: jan }
        """)
        XCTAssertEqual(clean.map(\.message), [])
    }

    func testAUnknownGreetingSituationIsAnUnknownKeyWithASuggestion() throws {
        let hits = findings("""
        users: [{ id: jan, name: Jan, extension: "201", email: jan@acme.example, voicemail: { greeting: { bussy: b.wav } } }]
        """).filter { $0.rule == "unknown-key" }
        let hit = try XCTUnwrap(hits.first)
        XCTAssertTrue("\(hit.message) \(hit.help ?? "")".contains("busy"), "\(hit)")
        XCTAssertEqual(hit.location.line, 4)
    }

    func testAfterGreetingMustNameADestination() throws {
        let hits = findings("""
        users:
          - { id: jan, name: Jan, extension: "201", voicemail: { allow_messages: false, after_greeting: jna } }
        """).filter { $0.rule == "unresolved-reference" }
        let hit = try XCTUnwrap(hits.first, "no unresolved-reference")
        XCTAssertTrue("\(hit.message) \(hit.help ?? "")".contains("jan"), "did you mean: \(hit)")
        XCTAssertEqual(hit.location.line, 5)
        // `hangup` is the default and no destination.
        XCTAssertTrue(findings("""
        users:
          - { id: jan, name: Jan, extension: "201", voicemail: { allow_messages: false, after_greeting: hangup } }
        """).isEmpty)
    }

    func testPeriodsThatAreNoPeriods() {
        for (dates, words) in [(#"["2026-08-07 - 2026-07-20"]"#, "ends before it starts"),
                               (#"["2026-01-01 - 2027-06-01"]"#, "at most 366 days"),
                               (#"["2026-07-20 - 2026-07-32"]"#, "is not a date"),
                               (#"["2026-07-20 - 2026-07-25 - 2026-07-30"]"#, "is not a date")] {
            let hits = findings("schedules:\n  closed: { dates: \(dates) }").filter { $0.rule == "schedule-time" }
            XCTAssertEqual(hits.count, 1, dates)
            XCTAssertTrue(hits.first?.message.contains(words) == true, "\(dates): \(hits.map(\.message))")
            XCTAssertEqual(hits.first?.location.line, 5, dates)
        }
    }

    func testTheVoicemailAccessCodeIsNoExtension() throws {
        let hits = findings(#"users: [{ id: jan, name: Jan, extension: "1233" }]"#).filter { $0.rule == "extension-conflict" }
        XCTAssertTrue(try XCTUnwrap(hits.first).message.contains("voicemail access code"))
    }

    func testAUserEmailIsEnoughAndAGreetingOnlyMailboxNeedsNone() {
        XCTAssertTrue(findings(#"users: [{ id: jan, name: Jan, extension: "201", email: jan@acme.example, voicemail: true }]"#)
            .filter { $0.rule == "voicemail-email" }.isEmpty)
        XCTAssertTrue(findings(#"users: [{ id: jan, name: Jan, extension: "201", voicemail: { allow_messages: false } }]"#)
            .filter { $0.rule == "voicemail-email" }.isEmpty)
        XCTAssertEqual(findings(#"users: [{ id: jan, name: Jan, extension: "201", voicemail: true }]"#)
            .filter { $0.rule == "voicemail-email" }.count, 1)
    }

    /// A destination that is one of the customer's own numbers, in any written form.
    func testForwardToOwnNumber() throws {
        let hits = findings("""
        users:
          - { id: jan, name: Jan, extension: "201", number: "+31887654001", forward: { no_answer: "0031 88 765 4001" } }
        ivr_menus:
          - { id: main, extension: "555", open: { to: "088 765 4007" } }
        """).filter { $0.rule == "forward-to-own-number" }
        XCTAssertEqual(hits.count, 2, "\(hits.map(\.message))")
        XCTAssertEqual(hits.first?.location.line, 5)
        XCTAssertEqual(hits.first?.help, "name user `jan` instead")
        XCTAssertTrue(hits.allSatisfy { $0.severity == .warning })
    }
}
