import Build
import Emitters
import Foundation
import TestSupport
import XCTest

/// Safe output, secrets never shown, and reproducible bytes (the hardening issue).
final class HardeningTests: XCTestCase {

    func testPathsThatWouldLeaveTheOutputFolderAreRefused() throws {
        for path in ["../x", "/etc/passwd", "a/../../b", "a//b", "./a", "a/\u{0}b", "a\\b", "", String(repeating: "a", count: 300),
                     String(repeating: "a/", count: 600) + "b"] {
            XCTAssertFalse(OutputTree.isSafe(path), path)
        }
        for path in ["acme/routing/routing.json", "acme.zip", "a-b_c.d/e"] { XCTAssertTrue(OutputTree.isSafe(path), path) }
        let folder = try temporaryFolder(self)
        let out = folder.appendingPathComponent("out")
        XCTAssertThrowsError(try OutputTree.write([EmittedFile(path: "../escape", text: "x")], to: out))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("escape").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "nothing written")
    }

    func testACustomerIdCannotPlaceFilesOutsideTheOutput() throws {
        let folder = try temporaryFolder(self)
        let file = folder.appendingPathComponent("evil.yaml")
        try """
        version: 1
        customer: { id: "../../evil", name: Evil, country: NL }
        numbers: ["+31887654000"]
        company: { number: "+31887654000", unassigned_numbers: voicemail }
        """.write(to: file, atomically: true, encoding: .utf8)
        let run = pbxc(["build", file.path, "-o", folder.appendingPathComponent("out").path], environment: buildEnvironment)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.err.contains("error[id-format]"), run.err)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["evil.yaml"])
    }

    /// A literal password and the environment's are never in any diagnostic format,
    /// `diff` or `trace` output.
    func testSecretsNeverAppearInDiagnosticsDiffOrTrace() throws {
        let folder = try temporaryFolder(self)
        let repo = folder.appendingPathComponent("repo")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("examples"), to: repo)
        let users = repo.appendingPathComponent("customers/acme/users.yaml")
        let literal = "Literal-Secret-77!"
        try String(contentsOf: users, encoding: .utf8)
            .replacingOccurrences(of: "password: generate", with: "password: \(literal)")
            .write(to: users, atomically: true, encoding: .utf8)
        var outputs: [String] = []
        for format in ["text", "json", "sarif", "github", "gitlab"] {
            let run = pbxc(["check", repo.path, "--format", format], environment: buildEnvironment)
            XCTAssertTrue(run.err.contains("plaintext-secret") || run.out.contains("plaintext-secret"), format)
            outputs += [run.out, run.err]
        }
        outputs.append(pbxc(["diff", packageRoot.appendingPathComponent("examples").path, repo.path], environment: buildEnvironment).out)
        outputs.append(pbxc(["trace", "acme", "+31887654000", "--repository", repo.path, "--at", "2026-11-24 10:00"]).out)
        let build = pbxc(["build", repo.path, "-o", folder.appendingPathComponent("out").path, "--format", "json"], environment: buildEnvironment)
        outputs += [build.out, build.err]
        for text in outputs {
            XCTAssertFalse(text.contains(literal))
            XCTAssertFalse(text.contains("Carla-Test-1!"))
            XCTAssertFalse(text.contains("test-master-key"))
        }
    }

    /// The same input gives the same bytes under another time zone and locale, from
    /// another working directory, and with the files created in another order.
    func testBuildsAreReproducible() throws {
        let folder = try temporaryFolder(self)
        let reference = folder.appendingPathComponent("reference")
        XCTAssertEqual(pbxc(["build", "examples", "-o", reference.path, "--today", "2026-11-21"], environment: buildEnvironment).status, 0)

        // Files created in reverse order, in another folder, built from inside it.
        let copy = folder.appendingPathComponent("copy")
        let source = packageRoot.appendingPathComponent("examples")
        let all = FileManager.default.enumerator(atPath: source.path)!.compactMap { $0 as? String }.sorted().reversed()
        for path in all {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: source.appendingPathComponent(path).path, isDirectory: &isDirectory)
            let target = copy.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: isDirectory.boolValue ? target : target.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            if !isDirectory.boolValue { try FileManager.default.copyItem(at: source.appendingPathComponent(path), to: target) }
        }
        setenv("TZ", "Pacific/Kiritimati", 1)
        setenv("LANG", "de_DE.UTF-8", 1)
        tzset()
        NSTimeZone.resetSystemTimeZone()
        defer {
            unsetenv("TZ")
            unsetenv("LANG")
            tzset()
            NSTimeZone.resetSystemTimeZone()
        }
        let other = folder.appendingPathComponent("other")
        let run = pbxc(["build", ".", "-o", other.path, "--today", "2026-11-21"], in: copy, environment: buildEnvironment)
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(try files(under: other), try files(under: reference))
    }
}
