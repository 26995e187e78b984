import Compiler
import Foundation
import Testing

/// The seed 004 numberplan (examples/customers/acme): 088 765 4000 answers with a menu
/// (1 sales, 2 support, 9 reception) within 08:30–17:30 on weekdays; after hours and on
/// public holidays night mode sends callers to the company voicemail (999).
@Suite struct SeedNumberplanTraceTests {
    let acme: RoutingTable

    init() throws {
        acme = try #require(try compiledExamples()["acme"]).routing
    }

    func trace(_ when: String, keys: String = "") throws -> CallTrace {
        CallSimulator(table: acme).trace("+31887654000", at: try at(when), keys: keys)
    }

    /// The users a trace rings (in the first ring step that rings anyone).
    func ringing(_ trace: CallTrace) -> [String] {
        trace.steps.first { $0.event == "ring" }?.ringing ?? []
    }

    @Test func tuesdayMorningKeyOneRingsSales() throws {
        let t = try trace("2026-11-24 10:00", keys: "1")
        #expect(ringing(t) == ["user:jan", "user:piet"])
        #expect(t.steps.contains { $0.event == "ring" && $0.node == "group:sales" })
        #expect(t.outcome == "voicemail")  // the group's overflow when nobody answers
    }

    @Test func keyTwoAnnouncesAndRingsSupport() throws {
        let t = try trace("2026-11-24 10:00", keys: "2")
        #expect(t.steps.contains { $0.detail.contains("you are being transferred") })
        #expect(ringing(t) == ["user:carla", "user:piet"])
        #expect(t.outcome == "voicemail:carla")
    }

    @Test func noKeyGoesToReception() throws {
        let t = try trace("2026-11-24 10:00")
        #expect(ringing(t) == ["user:receptie"])
    }

    @Test(arguments: [
        "2026-11-28 10:00",  // Saturday
        "2026-12-25 10:00",  // Christmas Day (a Friday)
        "2027-04-27 10:00",  // King's Day (a Tuesday)
        "2026-12-24 10:00",  // an extra closing day of `closed-days`
        "2026-11-24 08:29",  // a Tuesday, before opening
        "2026-11-24 17:30",  // a Tuesday, at closing time (spans end before their end minute)
    ])
    func closedTimesReachTheCompanyVoicemail(_ when: String) throws {
        let t = try trace(when, keys: "1")
        #expect(t.outcome == "voicemail", "\(when): \(t.steps.map(\.detail))")
        #expect(ringing(t).isEmpty)
        #expect(t.steps.contains { $0.event == "night_mode" && $0.detail.contains("night mode on") })
    }

    @Test func openingMinuteIsOpen() throws {
        #expect(ringing(try trace("2026-11-24 08:30", keys: "1")) == ["user:jan", "user:piet"])
        #expect(ringing(try trace("2026-11-24 17:29", keys: "1")) == ["user:jan", "user:piet"])
    }

    /// Instants across the DST changes (last Sunday of March and of October 2026):
    /// the schedule is local time, so 07:00 UTC is 09:00 in summer and 08:00 in winter.
    @Test(arguments: [
        ("2026-03-27T07:00Z", false),  // Friday before the change: 08:00 CET, closed
        ("2026-03-30T07:00Z", true),   // Monday after: 09:00 CEST, open
        ("2026-03-30T15:45Z", false),  // 17:45 CEST, closed
        ("2026-10-23T15:45Z", false),  // Friday before the change back: 17:45 CEST
        ("2026-10-26T15:45Z", true),   // Monday after: 16:45 CET, open
        ("2026-10-26T07:00Z", false),  // 08:00 CET, closed
    ])
    func daylightSavingChanges(_ instant: String, open: Bool) throws {
        let t = try trace(instant, keys: "1")
        #expect((ringing(t) == ["user:jan", "user:piet"]) == open, "\(instant) → \(t.at): \(t.outcome)")
    }

    @Test func localTimesOfInstants() throws {
        #expect(try at("2026-03-30T07:00Z").description == "2026-03-30 09:00")
        #expect(try at("2026-10-26T07:00Z").description == "2026-10-26 08:00")
        #expect(try at("2026-03-29T02:30+01:00").description == "2026-03-29 03:30")  // in the spring gap
        #expect(try at("2026-11-24 10:00").description == "2026-11-24 10:00")
        #expect(throws: LocalDateTime.ParseError.self) { try at("tomorrow") }
        #expect(throws: LocalDateTime.ParseError.self) { try at("2026-02-30 10:00") }
    }
}
