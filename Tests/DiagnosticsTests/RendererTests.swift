import Diagnostics
import Foundation
import TestSupport
import XCTest

/// The text and JSON renderers against golden files.
final class RendererTests: XCTestCase {
    struct Lines: SourceLineProvider {
        let files: [String: [String]]
        func line(_ number: Int, of path: String) -> String? {
            guard let lines = files[path], number >= 1, number <= lines.count else { return nil }
            return lines[number - 1]
        }
    }

    let sources = Lines(files: ["customers/acme/users.yaml": [
        "users:", "  - id: jan", "    extension: \"20115\"", "  - id: piet", "    extension: \"201\"",
    ]])

    let diagnostics = Fixture.diagnostics

    let summary = DiagnosticSummary(errors: 1, warnings: 1, files: 3, customers: 1)
    let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    func testText() throws {
        let renderer = TextRenderer(color: false, sources: sources)
        try golden(renderer.render(diagnostics) + renderer.summary(summary), "text.txt")
    }

    func testTextWithColourOnlyAddsEscapes() throws {
        let coloured = TextRenderer(color: true, sources: sources).render(diagnostics)
        try golden(coloured, "text-color.txt")
        let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        XCTAssertEqual(stripped, TextRenderer(color: false, sources: sources).render(diagnostics))
    }

    func testTextWithoutSourceHasNoSnippet() {
        let text = TextRenderer().render(diagnostics[0])
        XCTAssertEqual(text, """
        customers/acme/users.yaml:3:16: error[extension-format]: extension "20115" has 5 digits; extensions have 2, 3 or 4
          = note: extensions in use nearby: 201

        """)
    }

    func testJSON() throws {
        try golden(JSONRenderer().render(diagnostics, summary: summary), "diagnostics.json")
    }

    func testSortedAndUnique() {
        let doubled = (diagnostics + diagnostics).reversed()
        XCTAssertEqual(Array(doubled).sortedAndUnique(), diagnostics)
    }

    func testDidYouMean() {
        XCTAssertEqual(Suggestions.nearest(to: "extention", in: ["extension", "email"]), "extension")
        XCTAssertEqual(Suggestions.nearest(to: "voicemial", in: ["voicemail", "sales"]), "voicemail")
        XCTAssertNil(Suggestions.nearest(to: "zzz", in: ["extension", "email"]))
    }

    func golden(_ actual: String, _ name: String) throws {
        try Fixture.golden(actual, name)
    }
}
