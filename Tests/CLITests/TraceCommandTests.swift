import Foundation
import TestSupport
import XCTest

/// `pbxc trace` on the example repository.
final class TraceCommandTests: XCTestCase {
    func trace(_ arguments: [String]) -> Run {
        pbxc(["trace"] + arguments + ["--repository", "examples"])
    }

    func testSeedCallOnATuesdayMorning() throws {
        let run = trace(["acme", "088 765 4000", "--at", "2026-11-24 10:00", "--keys", "1"])
        XCTAssertEqual(run.status, 0, run.err)
        try assertGolden(run.out, packageRoot.appendingPathComponent("Tests/CLITests/Goldens/trace-acme-tuesday-key-1.txt"))
    }

    /// A held number written with the exit code `00` is the same number.
    func testZeroZeroFormIsAccepted() throws {
        let plus = trace(["acme", "+31887654000", "--at", "2026-11-24 10:00", "--keys", "1"])
        let zeroZero = trace(["acme", "0031 88 765 4000", "--at", "2026-11-24 10:00", "--keys", "1"])
        XCTAssertEqual(zeroZero.status, 0, zeroZero.err)
        XCTAssertEqual(zeroZero.out, plus.out)
    }

    /// A holiday of the year after next (closing days are written ten years ahead),
    /// and a summer closing period of the practice.
    func testClosingDaysYearsAheadAndPeriods() throws {
        for at in ["2028-12-25 10:00", "2026-07-28 10:00"] {
            let run = trace(["zorg-noord", "+31502110000", "--at", at, "--keys", "1", "--format", "json"])
            XCTAssertEqual(run.status, 0, run.err)
            let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
            XCTAssertEqual(doc["outcome"] as? String, "voicemail", at)
        }
    }

    /// The outcome and steps of a JSON trace.
    func outcome(_ arguments: [String]) throws -> (outcome: String?, steps: [[String: Any]]) {
        let run = trace(arguments + ["--format", "json"])
        XCTAssertEqual(run.status, 0, run.err)
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        return (doc["outcome"] as? String, doc["steps"] as? [[String: Any]] ?? [])
    }

    /// dirk refuses 06 1234 5678 in the lunch break only (in any form it arrives in),
    /// 020 123 4567 always, and withheld numbers; eva refuses every outside caller but
    /// not an internal call.
    func testCallerBlocks() throws {
        let dirk = "+31502110004"
        for from in ["+31612345678", "0612345678", "0031612345678"] {
            XCTAssertEqual(try outcome(["zorg-noord", dirk, "--at", "2026-11-24 12:30", "--from", from]).outcome, "busy", from)
        }
        let outsideLunch = try outcome(["zorg-noord", dirk, "--at", "2026-11-24 10:00", "--from", "+31612345678"])
        XCTAssertEqual(outsideLunch.outcome, "hangup")  // no mailbox, no forward
        XCTAssertEqual(outsideLunch.steps.first { $0["event"] as? String == "ring" }?["ringing"] as? [String], ["user:dirk"])
        XCTAssertEqual(try outcome(["zorg-noord", dirk, "--at", "2026-11-24 10:00", "--from", "020 123 4567"]).outcome, "busy")
        XCTAssertEqual(try outcome(["zorg-noord", dirk, "--at", "2026-11-24 10:00", "--from", "anonymous"]).outcome, "busy")
        XCTAssertNotEqual(try outcome(["zorg-noord", dirk, "--at", "2026-11-24 10:00"]).outcome, "busy")
        XCTAssertEqual(try outcome(["zorg-noord", "+31502110006", "--at", "2026-11-24 10:00"]).outcome, "busy")
        XCTAssertNotEqual(try outcome(["zorg-noord", "305", "--at", "2026-11-24 10:00"]).outcome, "busy")
        let text = trace(["zorg-noord", dirk, "--at", "2026-11-24 12:30", "--from", "0612345678"])
        XCTAssertTrue(text.out.contains("refuses the call — +31612345678 is blocked within the hours of `lunchpauze`"), text.out)
        XCTAssertEqual(trace(["zorg-noord", dirk, "--from", "12"]).status, 2)
    }

    /// The simultaneous ring: dirk's desk phone and his mobile.
    func testSimring() throws {
        let run = trace(["zorg-noord", "+31502110004", "--at", "2026-11-24 10:00"])
        XCTAssertTrue(run.out.contains("rings on zorg-noord-dirk-1 and, at the same time, +31620003000"), run.out)
    }

    /// Night mode switched on by hand (the feature code) wins over the office hours.
    func testNightSwitch() throws {
        let day = try outcome(["zorg-noord", "+31502110000", "--at", "2026-11-24 10:00"])
        let switched = try outcome(["zorg-noord", "+31502110000", "--at", "2026-11-24 10:00", "--night", "on"])
        func night(_ steps: [[String: Any]]) -> String? {
            steps.first { $0["event"] as? String == "night_mode" }?["detail"] as? String
        }
        XCTAssertTrue(night(day.steps)?.contains("night mode off") == true, "\(day.steps)")
        XCTAssertTrue(night(switched.steps)?.contains("night mode on") == true, "\(switched.steps)")
        XCTAssertEqual(switched.steps.count, 4)  // straight to the company voicemail: no menu, no group
        XCTAssertEqual(switched.outcome, "voicemail")
        XCTAssertTrue(switched.steps.contains { ($0["detail"] as? String)?.contains("switched on by hand (feature code *28)") == true })
        XCTAssertEqual(try outcome(["zorg-noord", "+31502110000", "--at", "2026-11-24 10:00", "--night", "off"]).outcome, day.outcome)
        let noCode = trace(["acme", "+31887654000", "--night", "on"])
        XCTAssertEqual(noCode.status, 2)
        XCTAssertTrue(noCode.err.contains("no night-mode feature code"), noCode.err)
    }

    func testJSONTraceOnKingsDay() throws {
        let run = trace(["acme", "+31887654000", "--at", "2027-04-27 10:00", "--keys", "1", "--format", "json"])
        XCTAssertEqual(run.status, 0, run.err)
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        XCTAssertEqual(doc["outcome"] as? String, "voicemail")
        XCTAssertEqual(doc["weekday"] as? String, "Tuesday")
        let steps = try XCTUnwrap(doc["steps"] as? [[String: Any]])
        XCTAssertTrue(steps.contains { ($0["detail"] as? String)?.contains("Koningsdag") == true })
    }

    func testMistakesAreUsageErrors() {
        let unknown = trace(["nobody", "+31887654000"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.err.contains("no customer `nobody`"), unknown.err)
        let badNumber = trace(["acme", "12345678"])
        XCTAssertEqual(badNumber.status, 2)
        XCTAssertTrue(badNumber.err.contains("is not a valid number"), badNumber.err)
        XCTAssertEqual(trace(["acme", "+31887654000", "--keys", "1a"]).status, 2)
        let badTime = trace(["acme", "+31887654000", "--at", "tomorrow"])
        XCTAssertEqual(badTime.status, 2)
        XCTAssertTrue(badTime.err.contains("YYYY-MM-DD HH:MM"), badTime.err)
    }

    func testNotHeldNumberIsRefused() {
        let run = trace(["acme", "+31201234567", "--at", "2026-11-24 10:00"])
        XCTAssertEqual(run.status, 0)
        XCTAssertTrue(run.out.contains("Ends at: refused"), run.out)
    }
}
