import Diagnostics
import TestSupport
import XCTest

final class SuppressionTests: XCTestCase {
    let text = """
    users:  # a comment with a # inside
      # pbxc: ignore[extension-format, extension-prefix] old plan until March
      - { id: jan, extension: "20101" }
      - { id: piet, extension: "2" }  # pbxc: ignore[extension-format]
    """

    func testScanFindsOwnLineAndTrailingComments() {
        let found = Suppression.scan(Array(text.utf8), path: "c.yaml")
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found[0].location.line, 2)
        XCTAssertEqual(found[0].target, 3, "a comment on its own line covers the next line")
        XCTAssertEqual(found[0].rules, ["extension-format", "extension-prefix"])
        XCTAssertEqual(found[0].reason, "old plan until March")
        XCTAssertEqual(found[1].target, 4, "a trailing comment covers its own line")
        XCTAssertEqual(found[1].reason, "")
        XCTAssertEqual(Suppression.scan(Array("a: 1 # not pbxc\n".utf8), path: "x"), [])
    }

    func testApplySilencesReportsUnusedAndReasonless() {
        let suppressions = Suppression.scan(Array(text.utf8), path: "c.yaml")
        let findings = [
            Diagnostic(rule: "extension-format", severity: .error, message: "5 digits", location: .init(path: "c.yaml", line: 3, column: 26)),
            Diagnostic(rule: "extension-format", severity: .error, message: "1 digit", location: .init(path: "c.yaml", line: 4, column: 26)),
            Diagnostic(rule: "other", severity: .error, message: "x", location: .init(path: "c.yaml", line: 3, column: 1)),
        ]
        let kept = Suppression.apply(suppressions, to: findings)
        XCTAssertEqual(kept.map(\.rule).sorted(), ["extension-format", "other", "suppression-reason"])
        XCTAssertEqual(Suppression.apply(suppressions, to: []).map(\.rule), ["suppression-unused", "suppression-reason"])
    }
}
