import Foundation
import TestSupport
import XCTest

/// Inputs the fuzzers found (Tests/CLITests/FuzzFindings/, as the fuzz target saw them:
/// UTF-8 repaired), each put in place of the customer it mutated: pbxc must finish
/// quickly with located findings, never hang or crash.
final class FuzzFindingsTests: XCTestCase {
    /// `next_member_after_rings: 0` checked clean, and the dialplan of a fixed-order
    /// hunt group with an overflow then looped forever (libFuzzer: timeout).
    func testHuntGroupWithZeroRings() throws {
        let run = try buildWithDeadline(finding: "hunt-group-zero-rings.yaml", replacing: "customers/brussel-dental.yaml")
        XCTAssertEqual(run.status, 1, run.err)
        XCTAssertTrue(run.err.contains("customers/brussel-dental.yaml:60:30: error[timer-range]"), run.err)
    }

    func buildWithDeadline(finding: String, replacing customer: String, seconds: Double = 60) throws -> Run {
        let folder = try temporaryFolder(self)
        let repo = folder.appendingPathComponent("repo")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("examples"), to: repo)
        try FileManager.default.removeItem(at: repo.appendingPathComponent(customer))
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Tests/CLITests/FuzzFindings/\(finding)"),
                                         to: repo.appendingPathComponent(customer))
        let arguments = ["build", repo.path, "-o", folder.appendingPathComponent("out").path, "--today", "2026-11-21"]
        let box = RunBox()
        let done = DispatchSemaphore(value: 0)
        Thread {
            box.run = pbxc(arguments, environment: buildEnvironment)
            done.signal()
        }.start()
        guard done.wait(timeout: .now() + seconds) == .success, let run = box.run else {
            XCTFail("pbxc build did not finish within \(Int(seconds)) s on \(finding)")
            return Run(status: -1, out: "", err: "")
        }
        return run
    }
}

private final class RunBox: @unchecked Sendable {
    var run: Run?
}
