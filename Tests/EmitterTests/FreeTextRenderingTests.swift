import Compiler
import Diagnostics
@testable import Emitters
import Parser
import TestSupport
import XCTest

/// Names are text in every rendering: they cannot open a Markdown block, link, image
/// or HTML tag in the `diff` comment, break the Mermaid front matter's YAML, or end a
/// DOT string.
final class FreeTextRenderingTests: XCTestCase {
    static let hostile = "Evil: B.V.\n# Heading\n![x](https://evil.example/p.png) [click](https://evil.example) <img src=x> `code` \"q\" \\ \u{1B}[31m"

    func testMarkdownDiffKeepsANameOnItsLine() throws {
        var compiled = try XCTUnwrap(compiledExamples()["acme"])
        compiled.routing.customer.name = Self.hostile
        let diff = RoutingDiff(customer: "acme", old: nil, new: compiled, year: 2026)
        let markdown = DiffRenderer.markdown(DiffReport(diffs: [diff], notCompared: [], problems: []), old: [:], new: [:])
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.filter { $0.hasPrefix("#") }, ["## pbxc: what this change does to calls", "### acme"])
        XCTAssertEqual(lines.filter { $0.hasPrefix("- ") }.count, 1, markdown)
        for construct in ["![", "](", "<img", "\u{1B}"] {
            XCTAssertFalse(markdown.replacingOccurrences(of: "\\[", with: "").replacingOccurrences(of: "\\!", with: "")
                .replacingOccurrences(of: "\\]", with: "").contains(construct), "`\(construct)` in \(markdown)")
        }
        XCTAssertTrue(markdown.contains("&lt;img"), markdown)
    }

    func testMermaidTitleIsAlwaysValidYAML() throws {
        for title in [Self.hostile, "Acme: Sales & Support", "#1 \"quoted\"", "*star", "", "\u{E0001}tag"] {
            let mermaid = MermaidEmitter.render(CallFlowGraph(try XCTUnwrap(compiledExamples()["acme"]).routing), title: title)
            let parts = mermaid.components(separatedBy: "---\n")
            XCTAssertEqual(parts.count, 3, mermaid)
            let files = SourceFiles()
            let sink = DiagnosticSink(files: files)
            let document = YAMLReader().read(Array(parts[1].utf8), file: files.register(path: "front.yaml"), sink: sink)
            XCTAssertEqual(sink.diagnostics.map(\.message), [], title)
            let pairs = try XCTUnwrap(document?.root?.pairs)
            XCTAssertEqual(pairs.map { $0.key.scalar }, ["title"])
            let expected = String(String.UnicodeScalarView(title.unicodeScalars.map { MessageText.isHidden($0) ? " " : $0 }))
            XCTAssertEqual(pairs.first?.value.scalar?.replacingOccurrences(of: "\n", with: " ")
                .replacingOccurrences(of: "\u{1B}", with: " ").replacingOccurrences(of: "\u{E0001}", with: " "), expected)
            XCTAssertFalse(parts[2].contains("\u{1B}"))
        }
    }

    func testDOTStringsHoldNoLineBreaksOrControlCharacters() {
        let quoted = DOTEmitter.quoted(Self.hostile)
        XCTAssertFalse(quoted.contains("\n") || quoted.contains("\u{1B}"), quoted)
        XCTAssertTrue(quoted.hasPrefix("\"") && quoted.hasSuffix("\""))
        // Every `"` inside is escaped, so the string ends only at its last character.
        XCTAssertEqual(quoted.dropFirst().dropLast().replacingOccurrences(of: "\\\\", with: "").replacingOccurrences(of: "\\\"", with: "")
            .filter { $0 == "\"" }.count, 0)
    }
}
