import Diagnostics
import TestSupport
import XCTest
@testable import Parser

/// Every malformed input gets a located diagnostic — never a crash or a hang.
final class BadInputTests: XCTestCase {
    func testInvalidYAMLIsLocated() {
        let (node, diagnostics) = readYAML(Array("users:\n  - id: jan\n    name: [unclosed\n".utf8))
        XCTAssertNil(node)
        XCTAssertEqual(diagnostics.map(\.rule), ["yaml-syntax"])
        XCTAssertEqual(diagnostics.first?.location.line, 4)
    }

    func testTabIndentationGetsAHint() {
        let (_, diagnostics) = readYAML(Array("customer:\n\tid: x\n".utf8))
        XCTAssertEqual(diagnostics.summary, ["2:1 yaml-syntax"])
        XCTAssertEqual(diagnostics.first?.help, "YAML indents with spaces; replace the tab with spaces")
    }

    func testInvalidUTF8() {
        let (_, diagnostics) = readYAML(Array("customer:\n  name: ".utf8) + [0xC3, 0x28] + Array("\n".utf8))
        XCTAssertEqual(diagnostics.map(\.rule), ["yaml-syntax"])
        XCTAssertEqual(diagnostics.first?.location.line, 2)
        XCTAssertEqual(diagnostics.first?.help, "save the file as UTF-8 text")
    }

    func testBinaryFile() {
        let (node, diagnostics) = readYAML([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        XCTAssertNil(node)
        XCTAssertEqual(diagnostics.map(\.rule), ["yaml-syntax"])
        XCTAssertTrue(diagnostics[0].message.contains("binary file"))
    }

    func testEmptyFileIsReportedAsMissingCustomer() {
        let (_, diagnostics) = parseCustomer("")
        XCTAssertEqual(diagnostics.summary, ["1:1 missing-key"])
        let (_, commentsOnly) = parseCustomer("# nothing here yet\n")
        XCTAssertEqual(commentsOnly.summary, ["1:1 missing-key"])
    }

    func testAliasBombIsBounded() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let start = Date()
        let (_, diagnostics) = readYAML(Array(text.utf8))
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        XCTAssertEqual(diagnostics.map(\.rule), ["yaml-limits"])
        XCTAssertTrue(diagnostics[0].message.contains("alias bomb"))
    }

    func testDeepNestingIsBounded() {
        let depth = 10_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let (_, diagnostics) = readYAML(Array(text.utf8))
        XCTAssertEqual(diagnostics.summary, ["1:65 yaml-limits"])
        let block = (0..<depth).map { String(repeating: " ", count: $0) + "- " }.joined(separator: "\n") + "x\n"
        XCTAssertEqual(readYAML(Array(block.utf8)).1.map(\.rule), ["yaml-limits"])
    }

    func testHugeScalarIsBounded() {
        let text = "customer:\n  name: " + String(repeating: "x", count: 10 << 20) + "\n"
        let (node, diagnostics) = readYAML(Array(text.utf8))
        XCTAssertNotNil(node)
        XCTAssertEqual(diagnostics.summary, ["2:9 yaml-limits"])
    }

    func testHugeFileIsBounded() {
        var limits = YAMLLimits()
        limits.maxFileBytes = 1000
        let (node, diagnostics) = readYAML(Array(repeating: UInt8(ascii: "#"), count: 2000), limits: limits)
        XCTAssertNil(node)
        XCTAssertEqual(diagnostics.summary, ["1:1 yaml-limits"])
    }

    func testSecondDocumentIsReported() {
        let (_, diagnostics) = readYAML(Array("a: 1\n---\nb: 2\n".utf8))
        XCTAssertEqual(diagnostics.summary, ["2:1 yaml-syntax"])
    }

    func testUnknownAliasIsReported() {
        XCTAssertEqual(readYAML(Array("a: *nothing\n".utf8)).1.map(\.rule), ["yaml-syntax"])
    }

    func testStructuralProblemsDoNotStopAtTheFirst() {
        let (_, diagnostics) = parseCustomer("""
        customer: { id: acme, nmae: Acme }
        users:
          - { id: jan, extension: [201] }
          - { name: Piet }
          - { id: kim, hide_number: yes, devices: { model: x } }
        hunt_groups: { id: sales }
        """)
        XCTAssertEqual(diagnostics.summary.sorted(), [
            "1:23 unknown-key", "3:27 wrong-type", "4:5 missing-key", "5:29 wrong-type", "5:43 wrong-type",
            "6:14 wrong-type",
        ])
        XCTAssertEqual(diagnostics.first { $0.rule == "unknown-key" }?.help, "did you mean `name`?")
    }

    func testDuplicateKeyKeepsTheFirstAndPointsAtIt() {
        let (customer, diagnostics) = parseCustomer("customer:\n  id: acme\n  id: other\n")
        XCTAssertEqual(diagnostics.summary, ["3:3 duplicate-key"])
        XCTAssertEqual(diagnostics[0].notes.first?.location?.line, 2)
        XCTAssertEqual(customer.id, "acme")
    }

    /// A date field takes only a real date: a signed field (`2026-12-+1`), which the
    /// old date reader took for the 1st, or a day that does not exist is a located
    /// wrong-type, not a value the porting rules would silently skip.
    func testDateFieldsTakeOnlyRealDates() {
        for (written, bad) in [("2026-12-+1", true), ("2026-02-30", true), ("16-11-2026", true), ("2026-11-16", false)] {
            let (customer, diagnostics) = parseCustomer("""
            customer: { id: acme, name: Acme }
            porting:
              - { id: p1, numbers: ["+31887654000"], wanted_date: "\(written)" }
            """)
            let wrong = diagnostics.filter { $0.rule == "wrong-type" }
            if !bad {
                XCTAssertEqual(wrong.summary, [], written)
                XCTAssertEqual(customer.porting.first?.wantedDate?.value, written)
            } else {
                XCTAssertEqual(wrong.summary, ["3:55 wrong-type"], written)  // at the value
                XCTAssertEqual(wrong.first?.message, "`wanted_date` must be a date written YYYY-MM-DD, found `\(written)`")
                XCTAssertNil(customer.porting.first?.wantedDate, written)
            }
        }
    }
}
