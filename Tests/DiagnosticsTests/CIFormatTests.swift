import Diagnostics
import Foundation
import TestSupport
import XCTest

/// SARIF, GitHub annotations and GitLab Code Quality against golden files, and the
/// properties each consumer relies on.
final class CIFormatTests: XCTestCase {
    let diagnostics = Fixture.diagnostics
    let summary = DiagnosticSummary(errors: 1, warnings: 1, files: 3, customers: 1)
    let rules = [
        RuleMetadata(id: "extension-format", severity: .error, summary: "extensions are 2–4 digits", rationale: "Seed 004 §6.5."),
        RuleMetadata(id: "extension-prefix", severity: .warning, summary: "an extension that starts another", rationale: "Dialling waits."),
        RuleMetadata(id: "unused-rule", severity: .error, summary: "not fired", rationale: "Left out of the run."),
    ]

    func testSARIF() throws {
        let text = SARIFRenderer(version: "0.1.0", rules: rules).render(diagnostics)
        try Fixture.golden(text, "diagnostics.sarif")
        // What SARIF 2.1.0 requires and what code scanning reads.
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "pbxc")
        let ruleIDs = try XCTUnwrap(driver["rules"] as? [[String: Any]]).map { $0["id"] as? String }
        XCTAssertEqual(ruleIDs, ["extension-format", "extension-prefix"], "only rules that fired, sorted")
        for result in try XCTUnwrap(run["results"] as? [[String: Any]]) {
            let index = try XCTUnwrap(result["ruleIndex"] as? Int)
            XCTAssertEqual(ruleIDs[index], result["ruleId"] as? String)
            XCTAssertTrue(["error", "warning"].contains(result["level"] as? String))
            XCTAssertNotNil((result["message"] as? [String: Any])?["text"] as? String)
            let physical = try XCTUnwrap(((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
            let artifact = try XCTUnwrap(physical["artifactLocation"] as? [String: Any])
            XCTAssertFalse((artifact["uri"] as? String ?? "/").hasPrefix("/"), "relative paths")
            let region = try XCTUnwrap(physical["region"] as? [String: Int])
            XCTAssertGreaterThanOrEqual(region["startLine"] ?? 0, 1)
            XCTAssertGreaterThan(region["endColumn"] ?? 0, region["startColumn"] ?? 0)
        }
    }

    func testGitHubAnnotations() throws {
        try Fixture.golden(GitHubRenderer().render(diagnostics, summary: summary), "diagnostics.github")
        // Errors first, at most ten of each, then the summary.
        let many = (1...15).map { i in
            Diagnostic(rule: "w", severity: .warning, message: "w\(i)", location: .init(path: "a,b:c.yaml", line: i, column: 1))
        } + [Diagnostic(rule: "e", severity: .error, message: "100% wrong\nreally", location: .init(path: "x.yaml", line: 1, column: 1))]
        let lines = GitHubRenderer().render(many, summary: DiagnosticSummary(errors: 1, warnings: 15, files: 2, customers: 1))
            .split(separator: "\n")
        XCTAssertEqual(lines.count, 12)
        XCTAssertTrue(lines[0].hasPrefix("::error file=x.yaml,"))
        XCTAssertTrue(lines[0].hasSuffix("::100%25 wrong%0Areally"))
        XCTAssertTrue(lines[1].contains("file=a%2Cb%3Ac.yaml"))
        XCTAssertTrue(lines[11].hasPrefix("::notice title=pbxc::1 error, 15 warnings") && lines[11].contains("5 not shown"))
    }

    func testGitLabCodeQuality() throws {
        let text = GitLabRenderer().render(diagnostics + [diagnostics[0]])
        try Fixture.golden(text, "diagnostics.gitlab.json")
        let issues = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        XCTAssertEqual(fingerprints.count, 3)
        XCTAssertEqual(Set(fingerprints).count, 3, "unique, even for a repeated finding")
        XCTAssertEqual(issues.map { $0["severity"] as? String }, ["major", "minor", "major"])
        XCTAssertEqual((issues[0]["location"] as? [String: Any])?["path"] as? String, "customers/acme/users.yaml")
    }
}
