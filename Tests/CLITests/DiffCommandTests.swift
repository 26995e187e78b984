import Domain
import Foundation
import TestSupport
import Validator
import XCTest

/// `pbxc diff`: routing changes in words, between folders and git revisions, and the
/// life-cycle rules (their bad and good examples run here, as two revisions).
final class DiffCommandTests: XCTestCase {
    static let catalog = """
    version: 1
    catalog:
      - { code: connection-fee, name: Aansluitkosten, one_off: 25.00 }
      - { code: flex-telephony-standard, name: FlexTelephony Standard, monthly: 6.00, term_months: 12 }
      - { code: fixed-mobile-account, name: Fixed-Mobile Account, monthly: 2.50 }
    """

    func repository(_ customer: String, in folder: URL) throws -> URL {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("customers"), withIntermediateDirectories: true)
        try Self.catalog.write(to: folder.appendingPathComponent("pbxc.yaml"), atomically: true, encoding: .utf8)
        try customer.write(to: folder.appendingPathComponent("customers/c.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    func testLifecycleRuleExamples() throws {
        for id in RuleRegistry.diffRuleIDs.sorted() {
            let rule = try XCTUnwrap(RuleRegistry.rule(id))
            for (examples, bad) in [(rule.bad, true), (rule.good, false)] {
                for example in examples {
                    let parts = example.components(separatedBy: "\n\(RuleRegistry.revisionSeparator)\n")
                    XCTAssertEqual(parts.count, 2, id)
                    let marker = parts[1].firstIndex(of: "↓")
                    let folder = try temporaryFolder(self)
                    let old = try repository(parts[0], in: folder.appendingPathComponent("old"))
                    let new = try repository(parts[1].replacingOccurrences(of: "↓", with: ""), in: folder.appendingPathComponent("new"))
                    let run = pbxc(["diff", old.path, new.path, "--today", "2026-11-21"])
                    if bad {
                        let m = try XCTUnwrap(marker, "\(id): no marker")
                        let before = parts[1][..<m]
                        let line = before.filter { $0 == "\n" }.count + 1
                        let column = before.split(separator: "\n", omittingEmptySubsequences: false).last!.unicodeScalars.count + 1
                        XCTAssertEqual(run.status, 1, "\(id): \(run.err)")
                        XCTAssertTrue(run.err.contains("customers/c.yaml:\(line):\(column): error[\(id)]"), "\(id): \(run.err)")
                    } else {
                        XCTAssertEqual(run.status, 0, "\(id) good: \(run.err)")
                    }
                }
            }
        }
    }

    /// Two commits of the example repository in a git repository of its own.
    /// Regression: a customer whose new file does not check (here: not even UTF-8) was
    /// shown as "removed" and the diff exited 0.
    func testACustomerWithErrorsIsNamedNotShownRemoved() throws {
        let folder = try temporaryFolder(self)
        let new = folder.appendingPathComponent("new")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("examples"), to: new)
        try Data([0x76, 0x65, 0xff, 0xfe, 0x0a]).write(to: new.appendingPathComponent("customers/bakkerij-jansen.yaml"))
        let run = pbxc(["diff", packageRoot.appendingPathComponent("examples").path, new.path])
        XCTAssertEqual(run.status, 1, run.err)
        XCTAssertFalse(run.out.contains("removed"), run.out)
        XCTAssertTrue(run.err.contains("not compared, because of errors (run pbxc check): bakkerij-jansen"), run.err)
    }

    func testDiffBetweenGitRevisions() throws {
        let folder = try temporaryFolder(self)
        let repo = folder.appendingPathComponent("partner")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("examples"), to: repo)
        try git("init", "-q", in: repo)
        try git("add", ".", in: repo)
        try git("commit", "-q", "-m", "first", in: repo)
        let routing = repo.appendingPathComponent("customers/acme/routing.yaml")
        try String(contentsOf: routing, encoding: .utf8).replacingOccurrences(of: "\"1\": sales", with: "\"1\": support")
            .write(to: routing, atomically: true, encoding: .utf8)
        let porting = repo.appendingPathComponent("customers/acme/porting.yaml")
        try git("commit", "-q", "-am", "menu key 1 to support", in: repo)

        let run = pbxc(["diff", "HEAD~1", "HEAD", "--today", "2026-11-21"], in: repo)
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(run.out, "acme:\n  menu Hoofdmenu (open) key 1: hunt group Verkoop → hunt group Support\n")

        // A porting that is `requested` cannot be cancelled.
        try String(contentsOf: porting, encoding: .utf8).replacingOccurrences(of: "status: draft", with: "status: requested")
            .write(to: porting, atomically: true, encoding: .utf8)
        try git("commit", "-q", "-am", "requested", in: repo)
        try String(contentsOf: porting, encoding: .utf8).replacingOccurrences(of: "status: requested", with: "status: cancelled")
            .write(to: porting, atomically: true, encoding: .utf8)
        let cancelled = pbxc(["diff", "HEAD", "--today", "2026-11-21"], in: repo)  // against the working tree
        XCTAssertEqual(cancelled.status, 1)
        XCTAssertTrue(cancelled.err.contains("error[porting-transition]"), cancelled.err)

        let markdown = pbxc(["diff", "HEAD~2", "HEAD~1", "--format", "markdown", "--today", "2026-11-21"], in: repo)
        XCTAssertTrue(markdown.out.contains("```mermaid"), markdown.out)
        XCTAssertEqual(pbxc(["diff", "no-such-revision"], in: repo).status, 2)
    }
}
