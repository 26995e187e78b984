import Compiler
import Foundation
import TestSupport
import XCTest

/// The hosted-PBX manual's numberplan (examples/customers/acme): 088 765 4000 answers with a menu
/// (1 sales, 2 support, 9 reception) within 08:30–17:30 on weekdays; after hours and on
/// public holidays night mode sends callers to the company voicemail (999).
final class SeedNumberplanTraceTests: XCTestCase {
    var acme: RoutingTable!

    override func setUpWithError() throws {
        acme = try XCTUnwrap(try compiledExamples()["acme"]).routing
    }

    func trace(_ when: String, keys: String = "") throws -> CallTrace {
        CallSimulator(table: acme).trace("+31887654000", at: try at(when), keys: keys)
    }

    /// The users a trace rings (in the first ring step that rings anyone).
    func ringing(_ trace: CallTrace) -> [String] {
        trace.steps.first { $0.event == "ring" }?.ringing ?? []
    }

    func testTuesdayMorningKeyOneRingsSales() throws {
        let t = try trace("2026-11-24 10:00", keys: "1")
        XCTAssertEqual(ringing(t), ["user:jan", "user:piet"])
        XCTAssertTrue(t.steps.contains { $0.event == "ring" && $0.node == "group:sales" })
        XCTAssertEqual(t.outcome, "voicemail")  // the group's overflow when nobody answers
    }

    func testKeyTwoAnnouncesAndRingsSupport() throws {
        let t = try trace("2026-11-24 10:00", keys: "2")
        XCTAssertTrue(t.steps.contains { $0.detail.contains("you are being transferred") })
        XCTAssertEqual(ringing(t), ["user:carla", "user:piet"])
        XCTAssertEqual(t.outcome, "voicemail:carla")
    }

    func testNoKeyGoesToReception() throws {
        let t = try trace("2026-11-24 10:00")
        XCTAssertEqual(ringing(t), ["user:receptie"])
    }

    func testClosedTimesReachTheCompanyVoicemail() throws {
        for when in [
            "2026-11-28 10:00",  // Saturday
            "2026-12-25 10:00",  // Christmas Day (a Friday)
            "2027-04-27 10:00",  // King's Day (a Tuesday)
            "2026-12-24 10:00",  // an extra closing day of `closed-days`
            "2026-11-24 08:29",  // a Tuesday, before opening
            "2026-11-24 17:30",  // a Tuesday, at closing time (spans end before their end minute)
        ] {
            let t = try trace(when, keys: "1")
            XCTAssertEqual(t.outcome, "voicemail", "\(when): \(t.steps.map(\.detail))")
            XCTAssertTrue(ringing(t).isEmpty, "\(when)")
            XCTAssertTrue(t.steps.contains { $0.event == "night_mode" && $0.detail.contains("night mode on") }, "\(when)")
        }
    }

    func testOpeningMinuteIsOpen() throws {
        XCTAssertEqual(ringing(try trace("2026-11-24 08:30", keys: "1")), ["user:jan", "user:piet"])
        XCTAssertEqual(ringing(try trace("2026-11-24 17:29", keys: "1")), ["user:jan", "user:piet"])
    }

    /// Instants across the DST changes (last Sunday of March and of October 2026):
    /// the schedule is local time, so 07:00 UTC is 09:00 in summer and 08:00 in winter.
    func testDaylightSavingChanges() throws {
        for (instant, open) in [
            ("2026-03-27T07:00Z", false),  // Friday before the change: 08:00 CET, closed
            ("2026-03-30T07:00Z", true),   // Monday after: 09:00 CEST, open
            ("2026-03-30T15:45Z", false),  // 17:45 CEST, closed
            ("2026-10-23T15:45Z", false),  // Friday before the change back: 17:45 CEST
            ("2026-10-26T15:45Z", true),   // Monday after: 16:45 CET, open
            ("2026-10-26T07:00Z", false),  // 08:00 CET, closed
        ] {
            let t = try trace(instant, keys: "1")
            XCTAssertEqual((ringing(t) == ["user:jan", "user:piet"]), open, "\(instant) → \(t.at): \(t.outcome)")
        }
    }

    func testLocalTimesOfInstants() throws {
        XCTAssertEqual(try at("2026-03-30T07:00Z").description, "2026-03-30 09:00")
        XCTAssertEqual(try at("2026-10-26T07:00Z").description, "2026-10-26 08:00")
        XCTAssertEqual(try at("2026-03-29T02:30+01:00").description, "2026-03-29 03:30")  // in the spring gap
        XCTAssertEqual(try at("2026-11-24 10:00").description, "2026-11-24 10:00")
        XCTAssertThrowsError(try at("tomorrow")) { XCTAssertTrue($0 is LocalDateTime.ParseError) }
        XCTAssertThrowsError(try at("2026-02-30 10:00")) { XCTAssertTrue($0 is LocalDateTime.ParseError) }
    }
}
