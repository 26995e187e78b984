import Diagnostics
import Domain
import TestSupport
import XCTest
@testable import Validator

/// Issue 20: the porting rules follow the country's process (DDI blocks only where the
/// country has them), the life cycle is recorded and checked, and moves between
/// partners are no portings.
final class PortingProcessTests: XCTestCase {
    func rules(_ text: String) -> [String] {
        CustomerChecker.check(text: text, path: "c.yaml", repository: RuleRegistry.exampleRepository).map(\.rule)
    }

    /// The same shape — four numbers of an aligned ten — is a valid partial port in
    /// Canada and a split DDI block in the Netherlands.
    func testAnAlignedTenIsABlockInEuropeOnly() {
        let canada = PortingBillingNumber.billingExample(
            #"billing_number: "+1 514 849 0100"\#n    new_billing_number: "+1 514 849 0105""#, held: "0109")
        XCTAssertEqual(rules(canada), [])
        let netherlands = Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4003"]"#)
        XCTAssertTrue(rules(netherlands).contains("porting-splits-block"))
        XCTAssertFalse(PortingProfile.of("CA")!.ddiBlocks)
        XCTAssertTrue(PortingProfile.of("BE")!.ddiBlocks)
    }

    func testHeldNumbersListedOneByOneCoverARange() {
        let text = Example.porting(#"""
        numbers: ["+31 85 487 9610", "+31 88 765 4000 - +31 88 765 4009"]
            held_at_provider: ["+31 85 487 9610", "+31 88 765 4000", "+31 88 765 4001", "+31 88 765 4002", "+31 88 765 4003", "+31 88 765 4004", "+31 88 765 4005", "+31 88 765 4006", "+31 88 765 4007", "+31 88 765 4008", "+31 88 765 4009"]
        """#)
        XCTAssertEqual(rules(text), [])
        let gap = text.replacingOccurrences(of: #""+31 88 765 4005", "#, with: "")
        XCTAssertEqual(rules(gap).filter { $0.hasPrefix("porting-") }, ["porting-mixed-provider"])
    }

    /// A move with German numbers has no 15-business-day lead time and needs no route
    /// before it runs; once executed, its numbers need one.
    func testAMoveIsNoPorting() {
        let move = """
        customer: { id: weber, name: Kanzlei Weber, country: DE }
        numbers: ["+49 30 1234 5600 - +49 30 1234 5609"]
        company: { number: "+49 30 1234 5600", unassigned_numbers: voicemail }
        porting:
          - id: move-1
            kind: move
            previous_partner: "050999"
            consent: { previous_partner: DOC-1, gaining_partner: DOC-2, signed_by: K. Berger }
            submitted: 2026-11-02
            wanted_date: 2026-11-03
            status: signed
            numbers: ["+49 30 1234 5700"]
        """
        XCTAssertEqual(rules(move), [])
        let executedUnrouted = move.replacingOccurrences(of: "status: signed", with: "status: executed\n    executed_on: 2026-11-03")
        XCTAssertEqual(rules(executedUnrouted), ["porting-no-route"])
        let early = move.replacingOccurrences(of: #"numbers: ["+49 30 1234 5700"]"#, with: #"numbers: ["+49 30 1234 5601"]"#)
        XCTAssertEqual(rules(early), ["porting-move-routed-early"])
    }

    func testTheLifeCycleIsRecorded() {
        let base = Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#)
        XCTAssertEqual(rules(base + "\n    status: executed"), ["porting-approved-window", "porting-executed-date"])
        XCTAssertEqual(rules(base + "\n    executed_on: 2026-11-17"), ["porting-executed-date"])
        let approved = base + "\n    approved: { first: 2026-11-16, last: 2026-12-15 }"
        XCTAssertEqual(rules(approved + "\n    status: executed\n    executed_on: 2026-12-16"), ["porting-executed-date"])
        XCTAssertEqual(rules(approved + "\n    status: executed\n    executed_on: 2026-12-15"), [])
        XCTAssertEqual(rules(base + "\n    status: blocked\n    blocking: { code: \"7\", reason: other }"), [])
        XCTAssertEqual(rules(base + "\n    status: blocked\n    blocking: { code: \"0\" }"), ["porting-blocking-code"])
    }

    func testBelgiumRunsUpToNineBusinessDaysAfterApproval() throws {
        let be = try XCTUnwrap(PortingProfile.of("BE"))
        // Approved Monday 2026-01-05: nine business days on is Friday 2026-01-16.
        let days = try XCTUnwrap(be.executionDays(approved: LocalDate("2026-01-05")!))
        XCTAssertEqual(days.first.description, "2026-01-05")
        XCTAssertEqual(days.last.description, "2026-01-16")
        XCTAssertEqual(be.blockingCode("holder_mismatch")?.fields, ["holder"])
        XCTAssertEqual(PortingProfile.of("NL")?.blockingCode("22")?.meaning(in: "nl"),
                       "naam en adres (NAW) komen niet overeen met de administratie van de huidige aanbieder")
    }

    func testEveryBlockingCodeSpeaksEveryLanguage() {
        for profile in PortingProfile.all {
            for code in profile.blockingCodes {
                XCTAssertEqual(Set(code.meaning.keys), ["nl", "fr", "de", "en"], "\(profile.country) \(code.code)")
                for field in code.fields { XCTAssertNotNil(BlockingCode.fieldNames[field], field) }
            }
        }
    }
}
