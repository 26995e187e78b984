import CLI
import Foundation
import TestSupport
import XCTest

/// What reviews, editors and CI rely on: the repository found from any folder, a file
/// checked with its customer, stray files reported, findings with stable fingerprints.
final class ReviewAndCITests: XCTestCase {
    /// A copy of examples/ (a clean repository) to change.
    private func exampleRepository() throws -> URL {
        let folder = try temporaryFolder(self).appendingPathComponent("repo")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("examples"), to: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("broken"))
        return folder
    }

    private func write(_ text: String, to path: String, in repo: URL) throws {
        let url = repo.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// `pbxc check -` with `text` on standard input.
    private func checkStandardInput(_ text: String, named name: String, in directory: URL) -> Run {
        var out = "", err = ""
        let console = Console(out: { out += $0 }, err: { err += $0 }, environment: ["NO_COLOR": "1"],
                              currentDirectory: directory, stderrIsTerminal: false, input: { Data(text.utf8) })
        let status = PBXCRunner.run(["check", "-", "--stdin-filename", name], console: console)
        return Run(status: status, out: out, err: err)
    }

    // MARK: Discovery

    func testCheckAndBuildInASubfolderCoverTheWholeRepository() throws {
        let repo = try exampleRepository()
        let whole = pbxc(["check"], in: repo)
        XCTAssertEqual(whole.status, 0, whole.err)
        XCTAssertTrue(whole.err.contains("(6 customers)"), whole.err)
        for folder in ["customers", "customers/acme"] {
            let here = pbxc(["check"], in: repo.appendingPathComponent(folder))
            XCTAssertEqual(here.status, 0, here.err)
            XCTAssertEqual(here.err, whole.err, "from \(folder)")
        }
        let build = pbxc(["build", "-o", "../out", "--no-svg"], in: repo.appendingPathComponent("customers"),
                         environment: buildEnvironment)
        XCTAssertEqual(build.status, 0, build.err)
        XCTAssertTrue(build.err.contains("built 6 customers"), build.err)
    }

    func testAFileOfAFolderCustomerIsCheckedWithTheRestOfItsCustomer() throws {
        let repo = try exampleRepository()
        let file = pbxc(["check", "customers/acme/users.yaml"], in: repo)
        XCTAssertEqual(file.status, 0, file.err)
        XCTAssertTrue(file.err.contains("0 errors, 0 warnings in 7 files (1 customer)"), file.err)
        let inside = pbxc(["check", "users.yaml"], in: repo.appendingPathComponent("customers/acme"))
        XCTAssertEqual(inside.status, 0, inside.err)
    }

    func testAnEditorBufferIsCheckedWithTheRestOfItsCustomer() throws {
        let repo = try exampleRepository()
        let users = try String(contentsOf: repo.appendingPathComponent("customers/acme/users.yaml"), encoding: .utf8)
        let clean = checkStandardInput(users, named: "customers/acme/users.yaml", in: repo)
        XCTAssertEqual(clean.status, 0, clean.err)
        // From a subfolder, by its absolute path.
        let absolute = checkStandardInput(users, named: repo.appendingPathComponent("customers/acme/users.yaml").path,
                                          in: repo.appendingPathComponent("customers"))
        XCTAssertEqual(absolute.status, 0, absolute.err)
        // The buffer, not the file on disk, is what is checked.
        let edited = checkStandardInput(users + "\nbogus_key_in_the_buffer: 1\n", named: "customers/acme/users.yaml", in: repo)
        XCTAssertEqual(edited.status, 1, edited.err)
        XCTAssertTrue(edited.err.contains("customers/acme/users.yaml:"), edited.err)
        XCTAssertTrue(edited.err.contains("bogus_key_in_the_buffer"), edited.err)
        XCTAssertFalse(edited.err.contains("company-number-missing"), edited.err)
    }

    func testYAMLFilesThatNoCustomerReadsAreWarned() throws {
        let repo = try exampleRepository()
        let shop = try String(contentsOf: repo.appendingPathComponent("customers/kanzlei-weber.yaml"), encoding: .utf8)
        try write(shop, to: "customer/shop.yaml", in: repo)
        try write(shop, to: "customers/acme/old/users.yaml", in: repo)
        try write("a: 1\n", to: "notes.yaml", in: repo)
        try write("stages: [test]\n", to: "deploy/ansible.yaml", in: repo)
        let check = pbxc(["check"], in: repo)
        XCTAssertEqual(check.status, 0, check.err)
        for path in ["customer/shop.yaml", "customers/acme/old/users.yaml", "notes.yaml"] {
            XCTAssertTrue(check.err.contains("\(path):1:1: warning[file-not-read]: pbxc reads no customer from this file"),
                          check.err)
        }
        XCTAssertFalse(check.err.contains("deploy/ansible.yaml"), check.err)
        XCTAssertTrue(check.err.contains("0 errors, 3 warnings"), check.err)
        // The shipped examples keep their deliberately broken files outside `customers/`.
        let examples = pbxc(["check", "examples"])
        XCTAssertFalse(examples.err.contains("file-not-read"), examples.err)
    }

    // MARK: Root causes

    func testAFileThatDoesNotParseHidesTheErrorsItCauses() throws {
        let repo = try exampleRepository()
        let path = "customers/acme/users.yaml"
        let users = try String(contentsOf: repo.appendingPathComponent(path), encoding: .utf8)
        try write("users: [ { id: jan\n" + users, to: path, in: repo)
        let check = pbxc(["check", "--format", "json"], in: repo)
        XCTAssertEqual(check.status, 1, check.err)
        let rules = try JSONDecoder().decode(Findings.self, from: Data(check.out.utf8)).diagnostics.map(\.rule)
        XCTAssertEqual(rules, ["yaml-syntax"], check.out)
    }

    // MARK: Output for CI

    private struct Findings: Decodable {
        struct Finding: Decodable {
            var rule: String
            var severity: String
            var line: Int
        }
        var formatVersion: Int
        var diagnostics: [Finding]
    }

    /// A repository with errors and warnings: examples/broken/numbers.yaml as a customer.
    private func brokenRepository() throws -> URL {
        let repo = try exampleRepository()
        let broken = try String(contentsOf: packageRoot.appendingPathComponent("examples/broken/numbers.yaml"), encoding: .utf8)
        try write(broken, to: "customers/broken.yaml", in: repo)
        try write("a: 1\n", to: "notes.yaml", in: repo)  // a warning
        return repo
    }

    func testJSONNamesItsFormatVersion() throws {
        let check = pbxc(["check", "--format", "json"], in: try brokenRepository())
        XCTAssertEqual(try JSONDecoder().decode(Findings.self, from: Data(check.out.utf8)).formatVersion, 1)
    }

    func testQuietPrintsErrorsOnly() throws {
        let repo = try brokenRepository()
        let full = pbxc(["check"], in: repo)
        XCTAssertTrue(full.err.contains("warning[file-not-read]"), full.err)
        let quiet = pbxc(["check", "--quiet"], in: repo)
        XCTAssertEqual(quiet.status, 1)
        XCTAssertTrue(quiet.err.contains("error["), quiet.err)
        XCTAssertFalse(quiet.err.contains("warning"), quiet.err)
        XCTAssertFalse(quiet.err.contains(" errors, "), quiet.err)
        let json = pbxc(["check", "--quiet", "--format", "json"], in: repo)
        let severities = Set(try JSONDecoder().decode(Findings.self, from: Data(json.out.utf8)).diagnostics.map(\.severity))
        XCTAssertEqual(severities, ["error"])
        XCTAssertEqual(pbxc(["check", "--quiet"], in: try exampleRepository()).err, "")
    }

    /// Fingerprints of every finding, by format, and the lines the findings stand on.
    private func fingerprints(_ repo: URL) throws -> (sarif: [String], gitlab: [String], lines: [Int]) {
        let sarif = pbxc(["check", "--format", "sarif"], in: repo)
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sarif.out.utf8)) as? [String: Any])
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        let sarifPrints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?["pbxcFinding/v1"] }
        XCTAssertEqual(sarifPrints.count, results.count)
        let gitlab = pbxc(["check", "--format", "gitlab"], in: repo)
        let issues = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(gitlab.out.utf8)) as? [[String: Any]])
        let json = pbxc(["check", "--format", "json"], in: repo)
        let lines = try JSONDecoder().decode(Findings.self, from: Data(json.out.utf8)).diagnostics.map(\.line)
        return (sarifPrints, issues.compactMap { $0["fingerprint"] as? String }, lines)
    }

    func testALineInsertedAboveChangesNoFingerprint() throws {
        let repo = try brokenRepository()
        let before = try fingerprints(repo)
        XCTAssertGreaterThan(before.sarif.count, 2)
        XCTAssertEqual(Set(before.sarif).count, before.sarif.count, "fingerprints must tell findings apart")
        let file = repo.appendingPathComponent("customers/broken.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try ("# a comment added in review\n" + text).write(to: file, atomically: true, encoding: .utf8)
        let after = try fingerprints(repo)
        XCTAssertNotEqual(before.lines, after.lines, "the findings should have moved down")
        XCTAssertEqual(Set(before.sarif), Set(after.sarif))
        XCTAssertEqual(Set(before.gitlab), Set(after.gitlab))
        XCTAssertEqual(before.gitlab.count, after.gitlab.count)
    }
}
