import Diagnostics
import Foundation
import Domain
import Parser
import TestSupport
import Validator
import XCTest

/// Every rule's examples are tests: each bad example reports the rule exactly where
/// its `↓` marker stands; each good example checks clean (no diagnostic at all).
final class RuleExamplesTests: XCTestCase {
    /// Rules whose bad case cannot be written as example text (tested elsewhere).
    static let noTextExample: Set<String> = [ParserRule.fileUnreadable.id, ParserRule.fileNotRead.id, ParserRule.secretsFolderTracked.id, "repository-size"]

    func testEveryRuleHasDocumentationAndExamples() {
        XCTAssertGreaterThanOrEqual(RuleRegistry.all.count, 40)
        for rule in RuleRegistry.all {
            XCTAssertFalse(rule.summary.isEmpty, rule.id)
            XCTAssertFalse(rule.rationale.isEmpty, rule.id)
            XCTAssertFalse(rule.good.isEmpty, "\(rule.id) has no good example")
            if !Self.noTextExample.contains(rule.id) {
                XCTAssertFalse(rule.bad.isEmpty, "\(rule.id) has no bad example")
            }
        }
    }

    func testRuleIDsAreUniqueAndKebabCase() {
        let ids = RuleRegistry.all.map(\.id)
        XCTAssertEqual(ids.count, Set(ids).count)
        for id in ids {
            XCTAssertTrue(id.allSatisfy { $0.isLowercase || $0 == "-" }, id)
        }
    }

    /// The examples' repository on disk: it holds every audio file a good example names
    /// (`greetings/welcome.wav`), so `greeting-file` finds them, and nothing else.
    static let filesRoot: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pbxc-rule-examples-\(getpid())")
        let audio = try! NSRegularExpression(pattern: #"[A-Za-z0-9_./-]+\.wav"#)
        for text in RuleRegistry.all.flatMap(\.good) {
            for match in audio.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let file = root.appendingPathComponent(String(text[Range(match.range, in: text)!]))
                try! FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                FileManager.default.createFile(atPath: file.path, contents: Data("RIFF".utf8))
            }
        }
        return root
    }()

    func testBadExamplesReportTheirRuleAtTheMarker() throws {
        for rule in RuleRegistry.all where !RuleRegistry.buildRuleIDs.contains(rule.id) && !RuleRegistry.diffRuleIDs.contains(rule.id) {
            for (n, example) in rule.bad.enumerated() {
                let marked = try XCTUnwrap(MarkedText(example), "\(rule.id) bad example \(n) has no ↓ marker")
                let diagnostics = CustomerChecker.check(text: marked.text, path: "example.yaml", repository: RuleRegistry.exampleRepository,
                                                        filesRoot: Self.filesRoot)
                let hits = diagnostics.filter { $0.rule == rule.id }
                XCTAssertTrue(hits.contains { $0.location.line == marked.line && $0.location.column == marked.column },
                              """
                              \(rule.id) bad example \(n): expected \(rule.id) at \(marked.line):\(marked.column), got:
                              \(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.rule) \($0.message)" }.joined(separator: "\n"))
                              """)
                XCTAssertTrue(hits.allSatisfy { $0.severity == rule.severity }, rule.id)
            }
        }
    }

    func testGoodExamplesAreClean() {
        for rule in RuleRegistry.all where !RuleRegistry.diffRuleIDs.contains(rule.id) {
            for (n, example) in rule.good.enumerated() {
                let diagnostics = CustomerChecker.check(text: example, path: "example.yaml", repository: RuleRegistry.exampleRepository,
                                                        filesRoot: Self.filesRoot)
                XCTAssertEqual(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.rule): \($0.message)" }, [],
                               "\(rule.id) good example \(n) is not clean")
            }
        }
    }
}

/// Example text with a `↓` marker: the text without it and the marker's place
/// (1-based line, column in Unicode scalars).
struct MarkedText {
    let text: String
    let line: Int
    let column: Int

    init?(_ marked: String) {
        var line = 1, column = 1
        var found: (Int, Int)?
        var text = String.UnicodeScalarView()
        for scalar in marked.unicodeScalars {
            if scalar == "↓" { found = (line, column); continue }
            text.append(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        guard let (l, c) = found else { return nil }
        self.text = String(text)
        self.line = l
        self.column = c
    }
}
