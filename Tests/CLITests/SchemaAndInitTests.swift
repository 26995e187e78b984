import Foundation
import TestSupport
import XCTest

/// `pbxc schema` (current in docs/, validates every example, rejects unknown keys) and
/// `pbxc init` (a repository that checks clean).
final class SchemaAndInitTests: XCTestCase {
    func testSchemaInDocsIsCurrent() throws {
        let run = pbxc(["schema"])
        XCTAssertEqual(run.status, 0)
        try assertGolden(run.out, packageRoot.appendingPathComponent("docs/pbxc.schema.json"))
    }

    func checkJSONSchema(_ files: [String], in directory: URL) throws -> (status: Int32, out: String) {
        try tool(["check-jsonschema", "--schemafile", packageRoot.appendingPathComponent("docs/pbxc.schema.json").path] + files,
                 in: directory)
    }

    func testSchemaValidatesEveryExampleAndRejectsAnUnknownKey() throws {
        let examples = packageRoot.appendingPathComponent("examples")
        let files = ["pbxc.yaml", "customers/bakkerij-jansen.yaml", "customers/brussel-dental.yaml", "customers/kanzlei-weber.yaml"]
            + (try FileManager.default.contentsOfDirectory(atPath: examples.appendingPathComponent("customers/acme").path)
                .filter { $0.hasSuffix(".yaml") }.map { "customers/acme/\($0)" })
        let valid = try checkJSONSchema(files, in: examples)
        XCTAssertEqual(valid.status, 0, valid.out)
        let folder = try temporaryFolder(self)
        try "customer: { id: x, name: X }\nusers: [{ id: jan, extensoin: \"201\" }]\n"
            .write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let invalid = try checkJSONSchema(["bad.yaml"], in: folder)
        XCTAssertNotEqual(invalid.status, 0, invalid.out)
    }

    func testInitMakesARepositoryThatChecksClean() throws {
        let folder = try temporaryFolder(self).appendingPathComponent("new-partner")
        let made = pbxc(["init", folder.path])
        XCTAssertEqual(made.status, 0, made.err)
        for file in ["pbxc.yaml", "customers/example.yaml", ".pre-commit-config.yaml",
                     ".github/workflows/pbxc.yml", ".gitlab-ci.yml", "pbxc.schema.json"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path), file)
        }
        // A partner's repository is not a pre-commit hook repository; hook and CI use the installed pbxc.
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".pre-commit-hooks.yaml").path))
        for file in [".github/workflows/pbxc.yml", ".gitlab-ci.yml"] {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            XCTAssertTrue(text.contains("apt-get install -y -qq ./pbxc_"), file)
            XCTAssertFalse(text.contains("swift build") || text.contains("image: swift"), file)
        }
        let check = pbxc(["check"], in: folder)
        XCTAssertEqual(check.status, 0, check.err)
        XCTAssertEqual(check.err, "0 errors, 0 warnings in 2 files (1 customer)\n")
        let again = pbxc(["init", folder.path])
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.err.contains("already has a pbxc.yaml"))
        let valid = try checkJSONSchema(["pbxc.yaml", "customers/example.yaml"], in: folder)
        XCTAssertEqual(valid.status, 0, valid.out)
        // The CI examples against GitHub's and GitLab's own schemas (built into check-jsonschema).
        for (schema, file) in [("vendor.github-workflows", ".github/workflows/pbxc.yml"), ("vendor.gitlab-ci", ".gitlab-ci.yml")] {
            let run = try tool(["check-jsonschema", "--builtin-schema", schema, file], in: folder)
            XCTAssertEqual(run.status, 0, "\(file): \(run.out)")
        }
    }
}
