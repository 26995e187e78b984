import Domain
import Foundation
import TestSupport
import Validator
import XCTest

/// Exit codes, formats and the small commands, run in-process.
final class CommandTests: XCTestCase {
    func testUsageErrorsExitTwo() {
        XCTAssertEqual(pbxc(["check", "--bogus"]).status, 2)
        XCTAssertEqual(pbxc(["frobnicate"]).status, 2)
        let missing = pbxc(["check", "no/such/place"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.err.contains("no such file or folder: no/such/place"), missing.err)
    }

    func testHelpAndVersionExitZero() {
        XCTAssertEqual(pbxc(["--help"]).status, 0)
        XCTAssertTrue(pbxc(["check", "--help"]).out.contains("--warnings-as-errors"))
        XCTAssertEqual(pbxc(["--version"]).out, "0.1.0\n")
    }

    func testJSONFormat() throws {
        let run = pbxc(["check", "examples/broken/extension-too-long.yaml", "--format", "json"])
        XCTAssertEqual(run.status, 1)
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let first = try XCTUnwrap((doc["diagnostics"] as? [[String: Any]])?.first)
        XCTAssertEqual(first["rule"] as? String, "extension-format")
        XCTAssertEqual(first["file"] as? String, "broken/extension-too-long.yaml")
        XCTAssertEqual(first["line"] as? Int, 6)
        XCTAssertEqual(first["column"] as? Int, 43)
        let summary = try XCTUnwrap(doc["summary"] as? [String: Int])
        XCTAssertEqual(summary, ["errors": 2, "warnings": 0, "files": 2, "customers": 1])
    }

    func testWarningsAsErrors() throws {
        let dir = try temporaryFolder(self)
        try """
        customer: { id: shop, country: NL }
        numbers: ["020 240 0000"]
        company: { number: "020 240 0000", unassigned_numbers: voicemail }
        users: [{ id: jan, name: Jan, extension: "201", number: "020 240 0000" }]
        hunt_groups: [{ id: all, extension: "100", members: [jan] }]
        """.write(to: dir.appendingPathComponent("shop.yaml"), atomically: true, encoding: .utf8)
        let lenient = pbxc(["check", "shop.yaml"], in: dir)
        XCTAssertEqual(lenient.status, 0, lenient.err)
        XCTAssertTrue(lenient.err.contains("warning[hunt-group-overflow]"), lenient.err)
        let strict = pbxc(["check", "shop.yaml", "--warnings-as-errors"], in: dir)
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.err.contains("error[hunt-group-overflow]"), strict.err)
    }

    func testCheckWithoutPathChecksTheCurrentRepository() {
        let run = pbxc(["check"], in: packageRoot.appendingPathComponent("examples"))
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertTrue(run.err.contains("(6 customers)"))
    }

    func testUnreadableFileIsLocated() throws {
        let dir = try temporaryFolder(self)
        // A dangling link stands for any file that cannot be read (running as root,
        // file permissions would not stop the read).
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("customers/ghost"),
                                                withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("customers/ghost/part.yaml").path,
                                                   withDestinationPath: "/nonexistent/part.yaml")
        try "customer: { id: ghost }\n".write(to: dir.appendingPathComponent("customers/ghost/a.yaml"),
                                              atomically: true, encoding: .utf8)
        let run = pbxc(["check", "--format", "json"], in: dir)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.out.contains("\"rule\" : \"file-unreadable\""), run.out)
        XCTAssertTrue(run.out.contains("\"file\" : \"customers/ghost/part.yaml\""), run.out)
    }

    func testFolderCustomerMergesAndReportsSectionsTwice() throws {
        let dir = try temporaryFolder(self)
        let folder = dir.appendingPathComponent("customers/acme")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "customer: { id: acme, country: NL }\nnumbers: [\"020 240 0000\"]\ncompany: { number: \"020 240 0000\", unassigned_numbers: voicemail }\nusers: [{ id: jan, name: Jan, extension: \"201\" }]\n"
            .write(to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try "users: [{ id: jan, name: Jan 2, extension: \"202\" }]\ncompany: { number: \"020 240 0000\" }\n"
            .write(to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        let run = pbxc(["check"], in: dir)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.err.contains("customers/acme/b.yaml:1:15: error[duplicate-id]"), run.err)
        XCTAssertTrue(run.err.contains("first defined here (customers/acme/a.yaml:4:15)"), run.err)
        XCTAssertTrue(run.err.contains("customers/acme/b.yaml:2:1: error[duplicate-key]"), run.err)
    }

    func testMACDuplicateAcrossCustomers() throws {
        let dir = try temporaryFolder(self)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("customers"), withIntermediateDirectories: true)
        for (id, number) in [("a", "020 240 0000"), ("b", "020 240 0001")] {
            try """
            customer: { id: \(id), country: NL }
            numbers: ["\(number)"]
            company: { number: "\(number)", unassigned_numbers: voicemail }
            users: [{ id: u, name: U, extension: "201", devices: [{ model: snom-d785, mac: "00:04:13:00:00:01", password: generate }] }]
            """.write(to: dir.appendingPathComponent("customers/\(id).yaml"), atomically: true, encoding: .utf8)
        }
        let run = pbxc(["check"], in: dir)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.err.contains("customers/b.yaml:4:80: error[mac-duplicate]: MAC 000413000001 is already used by a device of customer `a`"), run.err)
    }

    /// One number at two customers, written `+31…` at one and `0031…` / nationally in a
    /// range at the other: an error at the one read later; a default country from
    /// pbxc.yaml counts for a customer that names none.
    func testNumberAtTwoCustomers() throws {
        let dir = try temporaryFolder(self)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("customers"), withIntermediateDirectories: true)
        try "defaults: { country: NL }\n".write(to: dir.appendingPathComponent("pbxc.yaml"), atomically: true, encoding: .utf8)
        for (id, numbers, company) in [("a", #"["+31 20 240 0000 - +31 20 240 0009"]"#, "+31202400000"),
                                        ("b", #"["0031 20 240 0005"]"#, "+31202400005"),
                                        ("c", #"["020 240 0100"]"#, "+31202400100")] {
            try """
            customer: { id: \(id) }
            numbers: \(numbers)
            company: { number: "\(company)", unassigned_numbers: voicemail }
            """.write(to: dir.appendingPathComponent("customers/\(id).yaml"), atomically: true, encoding: .utf8)
        }
        let run = pbxc(["check"], in: dir)
        XCTAssertEqual(run.status, 1, run.err)
        XCTAssertTrue(run.err.contains("customers/b.yaml:2:11: error[number-at-two-customers]: `0031 20 240 0005` of customer `b` is also held by customer `a`"), run.err)
        XCTAssertEqual(run.err.components(separatedBy: "error[number-at-two-customers]").count, 2, run.err)
        // Without the overlap, the repository is clean.
        try "customer: { id: b }\nnumbers: [\"020 240 0015\"]\ncompany: { number: \"+31202400015\", unassigned_numbers: voicemail }\n"
            .write(to: dir.appendingPathComponent("customers/b.yaml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(pbxc(["check"], in: dir).status, 0)
    }

    func testColourOnlyWhenAllowed() throws {
        let forced = pbxc(["check", "examples/broken/tabs.yaml"], environment: ["FORCE_COLOR": "1"])
        XCTAssertTrue(forced.err.contains("\u{1B}["))
        let plain = pbxc(["check", "examples/broken/tabs.yaml"], environment: ["NO_COLOR": "1"])
        XCTAssertFalse(plain.err.contains("\u{1B}["))
    }

    func testExplainAndRules() {
        let explain = pbxc(["explain", "extension-format"])
        XCTAssertEqual(explain.status, 0)
        XCTAssertTrue(explain.out.hasPrefix("extension-format (error)\n"), explain.out)
        XCTAssertTrue(explain.out.contains("Bad (↓ marks"), explain.out)
        // For a terminal: no Markdown headings, code marks or fences, no line over 80 columns but examples.
        XCTAssertFalse(explain.out.contains("#") || explain.out.contains("`"), explain.out)
        let prose = explain.out.split(separator: "\n").filter { !$0.hasPrefix("      ") }
        XCTAssertTrue(prose.allSatisfy { $0.count <= 80 }, explain.out)
        let unknown = pbxc(["explain", "extension-fromat"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.err.contains("did you mean `extension-format`?"), unknown.err)
        let rules = pbxc(["rules"])
        for rule in RuleRegistry.all { XCTAssertTrue(rules.out.contains(rule.id), rule.id) }
    }

    /// docs/rules/ is generated from the rule descriptions and must be current: every
    /// page as generated, and no page of a rule that is gone.
    func testRuleDocsAreCurrent() throws {
        let folder = packageRoot.appendingPathComponent("docs/rules")
        let pages = RuleDocumentation.folder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in pages { try assertGolden(text, folder.appendingPathComponent(name)) }
        let present = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        for stale in present.subtracting(pages.keys) {
            if ProcessInfo.processInfo.environment["PBXC_UPDATE_GOLDENS"] == "1" {
                try FileManager.default.removeItem(at: folder.appendingPathComponent(stale))
            } else {
                XCTFail("docs/rules/\(stale) documents no rule: delete it (or run with PBXC_UPDATE_GOLDENS=1)")
            }
        }
    }
}

/// Parallel checking must not change a single byte of the output.
final class ParallelCheckTests: XCTestCase {
    func testJobsDoNotChangeTheOutput() throws {
        let dir = try temporaryFolder(self)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("customers"), withIntermediateDirectories: true)
        for i in 0..<12 {
            // Every customer has a mistake, and customers 3 and 9 share a MAC.
            let mac = i == 9 ? 3 : i
            try """
            customer: { id: c\(i), country: NL }
            numbers: ["020 240 00\(10 + i)"]
            company: { number: "020 240 00\(10 + i)", unassigned_numbers: voicemail }
            users: [{ id: u, name: U, extension: "2011\(i)", devices: [{ model: snom-d785, mac: "00:04:13:00:00:\(String(format: "%02d", mac))", password: generate }] }]
            """.write(to: dir.appendingPathComponent("customers/c\(i).yaml"), atomically: true, encoding: .utf8)
        }
        let serial = pbxc(["check", "--jobs", "1", "--format", "json"], in: dir)
        XCTAssertEqual(serial.status, 1)
        XCTAssertTrue(serial.out.contains("mac-duplicate"))
        XCTAssertEqual(serial.out.components(separatedBy: "extension-format").count - 1, 12)
        for jobs in ["2", "5"] {
            XCTAssertEqual(pbxc(["check", "--jobs", jobs, "--format", "json"], in: dir).out, serial.out)
        }
        XCTAssertEqual(pbxc(["check", "--jobs", "0"], in: dir).status, 2)
    }
}

/// No diagnostic ever prints a secret, even in the source line under it.
final class SecretMaskingTests: XCTestCase {
    func testLiteralPasswordsAreMaskedInEverySnippet() throws {
        let dir = try temporaryFolder(self)
        try """
        customer: { id: shop, country: NL }
        numbers: ["020 240 0000"]
        company: { number: "020 240 0000", unassigned_numbers: voicemail }
        users:
          - { id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t45w, mac: "80:5E:C0:12:34:56", password: "Zeer#Geheim42" }] }
        portal_users:
          - { username: beheer@shop.example, password: pw1, name: "pw1 pw1" }
        """.write(to: dir.appendingPathComponent("shop.yaml"), atomically: true, encoding: .utf8)
        let run = pbxc(["check", "shop.yaml"], in: dir)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.err.contains("error[device-model]"), run.err)
        XCTAssertFalse(run.err.contains("Zeer#Geheim42"), run.err)
        XCTAssertTrue(run.err.contains("password: ***************"), run.err)
        XCTAssertTrue(run.err.contains("error[portal-password]"), run.err)
        XCTAssertFalse(run.err.contains("password: pw1"), run.err)
        let json = pbxc(["check", "shop.yaml", "--format", "json"], in: dir)
        XCTAssertFalse(json.out.contains("Zeer#Geheim42"))
    }
}

/// Regression: a customer file outside the current folder and outside any repository
/// was reported unreadable (its path was joined to the current folder).
final class OutsideFileTests: XCTestCase {
    func testCheckingAFileElsewhere() throws {
        let folder = try temporaryFolder(self)
        let file = folder.appendingPathComponent("shop.yaml")
        try """
        version: 1
        customer: { id: shop, name: Shop, country: NL, timezone: Europe/Amsterdam, language: nl }
        numbers: ["+31887654000"]
        company: { number: "+31887654000" }
        users: [{ id: jan, name: Jan, extension: "201", number: "+31887654000" }]
        """.write(to: file, atomically: true, encoding: .utf8)
        let run = pbxc(["check", file.path])
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(run.err, "0 errors, 0 warnings in 1 file (1 customer)\n")
    }
}

/// Regression: two options of `build` were both named `--output` (its folder and the
/// diagnostics file), which argument-parser only finds when the command is parsed.
final class SubcommandDefinitionTests: XCTestCase {
    func testEverySubcommandParsesItsHelp() {
        for command in ["check", "build", "trace", "diff", "merge", "schema", "init", "explain", "rules"] {
            let run = pbxc([command, "--help"])
            XCTAssertEqual(run.status, 0, command)
            XCTAssertTrue(run.out.contains("USAGE: pbxc \(command)"), command)
            XCTAssertTrue(run.out.contains("Examples:\n  pbxc \(command)"), "\(command) --help shows no example: \(run.out)")
        }
    }
}
