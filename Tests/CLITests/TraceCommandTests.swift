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
