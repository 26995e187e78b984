import Foundation
import TestSupport
import XCTest

/// `pbxc schema` (the two schemas current in docs/schemas, every example valid against
/// the schema its modeline names, the broken examples refused for the right reason, as
/// python-jsonschema says) and `pbxc init` (a repository that checks clean, with
/// modelines that work).
final class SchemaAndInitTests: XCTestCase {
    static let schemas = packageRoot.appendingPathComponent("docs/schemas")

    func testSchemasInDocsAreCurrent() throws {
        for kind in ["customer", "repository"] {
            let run = pbxc(["schema", kind])
            XCTAssertEqual(run.status, 0, run.err)
            try assertGolden(run.out, Self.schemas.appendingPathComponent("\(kind)-file.schema.json"))
        }
        let folder = try temporaryFolder(self)
        let written = pbxc(["schema", "--output", folder.path])
        XCTAssertEqual(written.status, 0, written.err)
        for name in ["customer-file.schema.json", "repository-file.schema.json"] {
            XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
                           try String(contentsOf: Self.schemas.appendingPathComponent(name), encoding: .utf8), name)
        }
        let neither = pbxc(["schema"])
        XCTAssertEqual(neither.status, 2)
        XCTAssertTrue(neither.err.contains("pbxc schema customer"), neither.err)
    }

    /// Every YAML file of the example repository names its schema in a modeline, and is
    /// valid against it: pbxc.yaml the repository file's, every file in customers/ (a
    /// customer file, or one file of the folder customer acme) the customer file's.
    func testEveryExampleIsValidAgainstTheSchemaItsModelineNames() throws {
        let examples = packageRoot.appendingPathComponent("examples")
        let customers = try FileManager.default.subpathsOfDirectory(atPath: examples.appendingPathComponent("customers").path)
            .filter { $0.hasSuffix(".yaml") }.map { "customers/\($0)" }.sorted()
        XCTAssertEqual(customers.count, 11)
        let findings = try checkConfigSchema(["pbxc.yaml"] + customers, schema: nil, in: examples)
        for (file, errors) in findings { XCTAssertEqual(errors.map(\.description), [], file) }
        XCTAssertEqual(findings.count, customers.count + 1)
        for file in ["pbxc.yaml"] + customers {
            let text = try String(contentsOf: examples.appendingPathComponent(file), encoding: .utf8)
            let schema = file == "pbxc.yaml" ? "repository-file" : "customer-file"
            XCTAssertTrue(text.hasPrefix("# yaml-language-server: $schema="), file)
            XCTAssertTrue(text.split(separator: "\n")[0].hasSuffix("docs/schemas/\(schema).schema.json"), file)
        }
    }

    /// The broken examples: what a schema can say (an unknown key, a word that is not a
    /// boolean, an extension of five digits, a model pbxc does not know, a MAC one byte
    /// short, a holiday calendar it does not have) fails with that keyword at that place,
    /// where `pbxc check` reports it (the `.expected` files); what only the whole customer
    /// shows (loops, unresolved names, numbers not held, check digits) is valid as far as
    /// the schema goes.
    func testBrokenExamplesFailForTheRightReason() throws {
        let broken = packageRoot.appendingPathComponent("examples/broken")
        let expected: [String: [String]] = [
            "typo-in-key.yaml": ["8:5 users/0/extention [additionalProperties]", "9:18 users/0/hide_number [type]"],
            "extension-too-long.yaml": ["6:43 users/0/extension [pattern]"],
            "weak-device-password.yaml": ["10:16 users/0/devices/0/model [enum]", "11:14 users/0/devices/0/mac [pattern]"],
            "night-mode.yaml": ["13:15 schedules/feestdagen/holidays [enum]"],
            "tabs.yaml": ["yaml"],
            "destinations.yaml": [], "missing-company-number.yaml": [], "numbers.yaml": [],
            "order-seed-typos.yaml": [], "porting-splits-block.yaml": [],
        ]
        let files = try FileManager.default.contentsOfDirectory(atPath: broken.path).filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertEqual(files, expected.keys.sorted())
        let schema = Self.schemas.appendingPathComponent("customer-file.schema.json")
        let findings = try checkConfigSchema(files, schema: schema, in: broken)
        for file in files {
            let got = (findings[file] ?? []).map { finding in
                finding.line.map { "\($0):\(finding.column ?? 0) \((finding.path ?? []).joined(separator: "/")) [\(finding.keyword)]" }
                    ?? finding.keyword
            }
            XCTAssertEqual(got, expected[file], "\(file): \(findings[file] ?? [])")
        }
    }

    /// The editor's view of a customer file: an unknown key is reported as that key in
    /// that place (not as "`hunt_groups`, `ivr_menus` were unexpected", as one schema for
    /// both kinds of file did); a file of a folder customer with only some sections is
    /// valid; a customer file is not a repository file.
    func testCustomerFileErrorsAreReportedAsSuch() throws {
        let folder = try temporaryFolder(self)
        try "customer: { id: x, name: X }\nusers: [{ id: jan, extensoin: \"201\" }]\n"
            .write(to: folder.appendingPathComponent("typo.yaml"), atomically: true, encoding: .utf8)
        try "users:\n  - { id: jan, name: Jan, extension: \"201\" }\n"
            .write(to: folder.appendingPathComponent("users.yaml"), atomically: true, encoding: .utf8)
        let customer = Self.schemas.appendingPathComponent("customer-file.schema.json")
        let findings = try checkConfigSchema(["typo.yaml", "users.yaml"], schema: customer, in: folder)
        XCTAssertEqual(findings["typo.yaml"]?.map(\.description),
                       ["2:20 users/0/extensoin [additionalProperties] Additional properties are not allowed ('extensoin' was unexpected)"])
        XCTAssertEqual(findings["users.yaml"]?.count, 0)
        let asRepository = try checkConfigSchema(["users.yaml"], schema: Self.schemas.appendingPathComponent("repository-file.schema.json"),
                                                 in: folder)
        XCTAssertEqual(asRepository["users.yaml"]?.map(\.keyword), ["additionalProperties"])
    }

    func testInitMakesARepositoryThatChecksClean() throws {
        let folder = try temporaryFolder(self).appendingPathComponent("new-partner")
        let made = pbxc(["init", folder.path])
        XCTAssertEqual(made.status, 0, made.err)
        for file in ["pbxc.yaml", "customers/example.yaml", ".pre-commit-config.yaml",
                     ".github/workflows/pbxc.yml", ".gitlab-ci.yml", "schemas/customer-file.schema.json",
                     "schemas/repository-file.schema.json"] {
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
        // The modelines name the schemas init wrote, and the files are valid against them.
        let valid = try checkConfigSchema(["pbxc.yaml", "customers/example.yaml"], schema: nil, in: folder)
        XCTAssertEqual(valid.mapValues { $0.map(\.description) }, ["pbxc.yaml": [], "customers/example.yaml": []])
        // The CI examples against GitHub's and GitLab's own schemas (built into check-jsonschema).
        for (schema, file) in [("vendor.github-workflows", ".github/workflows/pbxc.yml"), ("vendor.gitlab-ci", ".gitlab-ci.yml")] {
            let run = try tool(["check-jsonschema", "--builtin-schema", schema, file], in: folder)
            XCTAssertEqual(run.status, 0, "\(file): \(run.out)")
        }
    }
}
