import Domain
import Foundation
import TestSupport
import Validator
import XCTest

/// `pbxc build`: the output tree, the manifest, atomicity and secrets.
final class BuildCommandTests: XCTestCase {

    func build(_ output: URL, _ paths: [String] = ["examples"], environment: [String: String]? = nil) -> Run {
        pbxc(["build"] + paths + ["-o", output.path, "--today", "2026-11-21"], environment: environment ?? buildEnvironment)
    }

    func testBuildWritesEveryCustomerAndAManifest() throws {
        let out = try temporaryFolder(self).appendingPathComponent("out")
        let run = build(out)
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertTrue(run.err.contains("built 6 customers: 140 files"), run.err)
        let written = try files(under: out)
        for customer in ["acme", "bakkerij-jansen", "brussel-dental", "erable-montreal", "kanzlei-weber", "zorg-noord"] {
            for file in ["routing.json", "extensions.conf", "pjsip.conf", "queues.conf", "voicemail.conf", "musiconhold.conf"] {
                XCTAssertNotNil(written["\(customer)/routing/\(file)"], "\(customer)/\(file)")
            }
        }
        let manifest = try XCTUnwrap(JSONSerialization.jsonObject(with: written["manifest.json"]!) as? [String: Any])
        let entries = try XCTUnwrap(manifest["files"] as? [[String: Any]])
        XCTAssertEqual(Set(entries.compactMap { $0["path"] as? String }), Set(written.keys).subtracting(["manifest.json"]))
        for entry in entries {
            let data = written[entry["path"] as! String]!
            XCTAssertEqual(entry["size"] as? Int, data.count)
            XCTAssertEqual((entry["sha256"] as? String)?.count, 64)
        }
        XCTAssertEqual(manifest["build_year"] as? Int, 2026)
        let pjsip = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("acme/routing/pjsip.conf").path)
        XCTAssertEqual((pjsip[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        // No temporary folder is left beside the output.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        XCTAssertEqual(siblings, ["out"])
    }

    func testTwoBuildsAreByteIdentical() throws {
        let folder = try temporaryFolder(self)
        XCTAssertEqual(build(folder.appendingPathComponent("a")).status, 0)
        XCTAssertEqual(build(folder.appendingPathComponent("b")).status, 0)
        XCTAssertEqual(try files(under: folder.appendingPathComponent("a")), try files(under: folder.appendingPathComponent("b")))
    }

    func testAFailedBuildWritesNothingAndKeepsThePreviousOutput() throws {
        let out = try temporaryFolder(self).appendingPathComponent("out")
        XCTAssertEqual(build(out).status, 0)
        let before = try files(under: out)
        var missing = buildEnvironment
        missing["ACME_CARLA_DEVICE_PW"] = nil
        let failed = build(out, environment: missing)
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.err.contains("error[secret-unresolved]"), failed.err)
        XCTAssertTrue(failed.err.contains("nothing written"), failed.err)
        XCTAssertEqual(try files(under: out), before)

        let broken = build(out, ["examples/broken/extension-too-long.yaml"])
        XCTAssertEqual(broken.status, 1)
        XCTAssertEqual(try files(under: out), before)
    }

    func testRefusesToReplaceAFolderThatIsNotABuild() throws {
        let folder = try temporaryFolder(self)
        try "keep me".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let run = build(folder)
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.err.contains("is not the output of a pbxc build"), run.err)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8), "keep me")
    }

    func testSecretsAreNeverPrinted() throws {
        let out = try temporaryFolder(self).appendingPathComponent("out")
        var weak = buildEnvironment
        weak["ACME_CARLA_DEVICE_PW"] = "weakpass"
        let run = build(out, environment: weak)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.err.contains("error[device-password]: the device password read at build time is too weak"), run.err)
        XCTAssertFalse(run.err.contains("weakpass"))
        XCTAssertFalse(run.out.contains("weakpass"))

        var injected = buildEnvironment
        injected["ACME_CARLA_DEVICE_PW"] = "Good-Pass-1\ntype = endpoint"
        let injection = build(out, environment: injected)
        XCTAssertEqual(injection.status, 1)
        XCTAssertTrue(injection.err.contains("control character"), injection.err)
        XCTAssertFalse(injection.err.contains("Good-Pass-1"))

        // crypt(3) refuses 512 bytes and more: such a password stopped the build with a
        // crash; now it is a located finding, and nothing of it is printed.
        var long = buildEnvironment
        long["ACME_CARLA_DEVICE_PW"] = "Long-Pass-1!" + String(repeating: "x", count: 600)
        let tooLong = build(out, environment: long)
        XCTAssertEqual(tooLong.status, 1, tooLong.err)
        XCTAssertTrue(tooLong.err.contains("the value has 612 bytes; phones and the provisioning server take at most 256"), tooLong.err)
        XCTAssertFalse(tooLong.err.contains("Long-Pass-1"))
    }

    func testFileSecretsAreReadRelativeToTheRepository() throws {
        let folder = try temporaryFolder(self)
        let repo = folder.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: repo.appendingPathComponent("customers"), withIntermediateDirectories: true)
        try "version: 1\nsecrets: { folder: secrets }\nplatform: { sip_domain: sip.example.net, provisioning_url: \"https://prov.example.net/\" }\n".write(to: repo.appendingPathComponent("pbxc.yaml"), atomically: true, encoding: .utf8)
        try """
        version: 1
        customer: { id: shop, name: Shop, country: NL, timezone: Europe/Amsterdam, language: nl }
        numbers: ["+31887654000"]
        company: { number: "+31887654000" }
        users:
          - id: jan
            name: Jan
            extension: "201"
            number: "+31887654000"
            devices: [{ model: yealink-t54w, mac: "80:5E:C0:00:00:01", password: { file: secrets/jan.txt } }]
        """.write(to: repo.appendingPathComponent("customers/shop.yaml"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let missing = build(out, [repo.path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.err.contains("cannot read the secret file `secrets/jan.txt`"), missing.err)
        try FileManager.default.createDirectory(at: repo.appendingPathComponent("secrets"), withIntermediateDirectories: true)
        try "File-Secret-9!\n".write(to: repo.appendingPathComponent("secrets/jan.txt"), atomically: true, encoding: .utf8)
        XCTAssertEqual(build(out, [repo.path]).status, 0)
        // The file holds the device configuration password: nginx gets its hash, the SIP
        // account a secret of its own.
        let pjsip = try String(contentsOf: out.appendingPathComponent("shop/routing/pjsip.conf"), encoding: .utf8)
        XCTAssertFalse(pjsip.contains("File-Secret-9!"))
        let htpasswd = try String(contentsOf: out.appendingPathComponent("shop/nginx/htpasswd/shop-805ec0000001"), encoding: .utf8)
        XCTAssertTrue(try htpasswdAccepts(htpasswd, "File-Secret-9!"), htpasswd)
    }

    /// The secret sources rule examples may name (RuleRegistry.exampleRepository's).
    /// The rule examples' pbxc.yaml (RuleRegistry.exampleRepository): secret sources,
    /// the platform their phones need, a time zone Snom phones have a name for.
    static let exampleSecrets = "version: 1\nsecrets: { env: [PBXC_EXAMPLE_UNSET_PW], env_prefix: ACME_ }\n"
        + "platform: { sip_domain: sip.example.net, provisioning_url: \"https://prov.example.net/\" }\ndefaults: { timezone: Europe/Amsterdam }\n"

    /// The bad and good examples of the build-time rules, run through a build.
    func testBuildRuleExamples() throws {
        for id in RuleRegistry.buildRuleIDs.sorted() {
            let rule = try XCTUnwrap(RuleRegistry.rule(id))
            for example in rule.bad {
                let marker = try XCTUnwrap(example.firstIndex(of: "↓"))
                let before = example[..<marker]
                let line = before.filter { $0 == "\n" }.count + 1
                let column = before.split(separator: "\n", omittingEmptySubsequences: false).last!.unicodeScalars.count + 1
                let text = example.replacingOccurrences(of: "↓", with: "")
                let folder = try temporaryFolder(self)
                try Self.exampleSecrets.write(to: folder.appendingPathComponent("pbxc.yaml"), atomically: true, encoding: .utf8)
                try text.write(to: folder.appendingPathComponent("example.yaml"), atomically: true, encoding: .utf8)
                let run = build(folder.appendingPathComponent("out"), [folder.appendingPathComponent("example.yaml").path])
                XCTAssertEqual(run.status, 1, id)
                XCTAssertTrue(run.err.contains("example.yaml:\(line):\(column): error[\(id)]"), "\(id): \(run.err)")
            }
            for example in rule.good {
                let folder = try temporaryFolder(self)
                try Self.exampleSecrets.write(to: folder.appendingPathComponent("pbxc.yaml"), atomically: true, encoding: .utf8)
                try example.write(to: folder.appendingPathComponent("example.yaml"), atomically: true, encoding: .utf8)
                let run = build(folder.appendingPathComponent("out"), [folder.appendingPathComponent("example.yaml").path])
                XCTAssertEqual(run.status, 0, "\(id) good example: \(run.err)")
            }
        }
    }
}

/// Whether the one `user:$6$salt$hash` line holds `password` (checked with openssl).
func htpasswdAccepts(_ line: String, _ password: String) throws -> Bool {
    let hash = line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
    let salt = hash.split(separator: "$").dropFirst().first.map(String.init) ?? ""
    return try tool(["openssl", "passwd", "-6", "-salt", salt, password]).out.trimmingCharacters(in: .whitespacesAndNewlines) == hash
}
