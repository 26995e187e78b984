import Build
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TestSupport
import XCTest

/// The build cache (`.pbxc-cache/`): unchanged customers are not read again, yet the
/// findings, the rules across customers and the outputs are those of a full build.
final class BuildCacheTests: XCTestCase {
    var environment = buildEnvironment

    func repository() throws -> (repo: URL, out: URL, folder: URL) {
        let folder = try temporaryFolder(self)
        let repo = folder.appendingPathComponent("repo")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("examples"), to: repo)
        try? FileManager.default.removeItem(at: repo.appendingPathComponent(".pbxc-cache"))  // left by builds of examples/
        return (repo, folder.appendingPathComponent("out"), folder)
    }

    /// Dates every customer file a minute back: files written just before a build are
    /// within the cache's racy window (their stamps prove nothing) and are read again.
    func settle(_ repo: URL) throws {
        let earlier = Date().addingTimeInterval(-60)
        for case let path as String in FileManager.default.enumerator(atPath: repo.appendingPathComponent("customers").path)! {
            try FileManager.default.setAttributes([.modificationDate: earlier],
                                                  ofItemAtPath: repo.appendingPathComponent("customers/\(path)").path)
        }
    }

    func build(_ repo: URL, _ out: URL, _ extra: [String] = []) -> Run {
        pbxc(["build", repo.path, "-o", out.path, "--today", "2026-11-21"] + extra, environment: environment)
    }

    /// The findings of a run: stderr without the closing line of the build.
    /// The findings a run printed: without its summary and without progress lines,
    /// which a run slower than a few seconds (a busy machine) prints in between.
    func findings(_ run: Run) -> String {
        run.err.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("pbxc: built") && !($0.hasPrefix("pbxc: ") && $0.contains(" so far")) }
            .joined(separator: "\n")
    }

    func tree(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path)! {
            let url = folder.appendingPathComponent(path)
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { result[path] = try Data(contentsOf: url) }
        }
        return result
    }

    func assertEqualsACleanBuild(_ repo: URL, _ out: URL, _ folder: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let clean = folder.appendingPathComponent("clean-\(UUID().uuidString)")
        XCTAssertEqual(pbxc(["build", repo.path, "-o", clean.path, "--today", "2026-11-21", "--clean"], environment: environment).status, 0)
        XCTAssertEqual(try tree(out), try tree(clean), file: file, line: line)
    }

    func testASecondBuildReadsNoCustomerAndReportsTheSameFindings() throws {
        let (repo, out, folder) = try repository()
        // A customer with a warning of its own and a suppression that silences nothing (a
        // finding of the run as a whole): both must come back from the cache.
        try """
        version: 1
        customer: { id: warn, name: Warn B.V., country: NL }
        numbers: ["+31 88 765 5000 - +31 88 765 5009"]
        company: { number: "+31887655000", unassigned_numbers: voicemail }
        users:
          - { id: jan, name: Jan, extension: "20" }
          - { id: piet, name: Piet, extension: "201" }  # pbxc: ignore[mac-duplicate] old phone
        """.write(to: repo.appendingPathComponent("customers/warn.yaml"), atomically: true, encoding: .utf8)
        try settle(repo)
        let first = build(repo, out)
        XCTAssertEqual(first.status, 0, first.err)
        XCTAssertTrue(first.err.contains("warning[extension-prefix]") && first.err.contains("warning[suppression-unused]"), first.err)
        let second = build(repo, out)
        XCTAssertEqual(second.status, 0, second.err)
        XCTAssertTrue(second.err.contains("(0 rebuilt, 7 unchanged)") && second.err.contains("; 7 not re-read (build cache)"), second.err)
        XCTAssertEqual(findings(second), findings(first))
        try assertEqualsACleanBuild(repo, out, folder)
    }

    func testRulesAcrossCustomersSeeCachedCustomers() throws {
        let (repo, out, _) = try repository()
        XCTAssertEqual(build(repo, out).status, 0)
        // acme takes a MAC of kanzlei-weber, whose check comes from the cache.
        let users = repo.appendingPathComponent("customers/acme/users.yaml")
        try String(contentsOf: users, encoding: .utf8).replacingOccurrences(of: "80:5E:C0:12:34:58", with: "64:16:7F:AA:BB:01")
            .write(to: users, atomically: true, encoding: .utf8)
        let run = build(repo, out)
        XCTAssertEqual(run.status, 1, run.err)
        XCTAssertTrue(run.err.contains("error[mac-duplicate]") && run.err.contains("customers/kanzlei-weber.yaml:45"), run.err)
        let check = pbxc(["check", repo.path, "--today", "2026-11-21"], environment: environment)
        XCTAssertEqual(findings(run).replacingOccurrences(of: "pbxc: nothing written to \(out.path)\n", with: ""), check.err)
    }

    /// A touched file proves nothing by its stamp: its customer is read (once) and
    /// checked again, and keeps its outputs because its input digest is unchanged.
    func testTouchedButUnchangedFilesKeepTheirOutputs() throws {
        let (repo, out, folder) = try repository()
        XCTAssertEqual(build(repo, out).status, 0)
        let later = Date().addingTimeInterval(5)
        for case let path as String in FileManager.default.enumerator(atPath: repo.appendingPathComponent("customers").path)! {
            try FileManager.default.setAttributes([.modificationDate: later],
                                                  ofItemAtPath: repo.appendingPathComponent("customers/\(path)").path)
        }
        let run = build(repo, out)
        XCTAssertTrue(run.err.contains("(0 rebuilt, 6 unchanged)") && !run.err.contains("not re-read"), run.err)
        try assertEqualsACleanBuild(repo, out, folder)
    }

    func testAnEditThatKeepsSizeAndTimeIsStillSeen() throws {
        let (repo, out, folder) = try repository()
        XCTAssertEqual(build(repo, out).status, 0)
        // Same size, modification time put back: only the bytes tell (a file changed
        // just before its stamp is never trusted by the stamp alone).
        let file = repo.appendingPathComponent("customers/bakkerij-jansen.yaml")
        var before = stat()
        XCTAssertEqual(stat(file.path, &before), 0)
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.contains("Jansen"))
        try text.replacingOccurrences(of: "Jansen", with: "Janssn").write(to: file, atomically: false, encoding: .utf8)
        var times = [before.st_atim, before.st_mtim]  // to the nanosecond
        XCTAssertEqual(utimensat(AT_FDCWD, file.path, &times, 0), 0)
        let run = build(repo, out)
        XCTAssertTrue(run.err.contains("(1 rebuilt, 5 unchanged)"), run.err)
        try assertEqualsACleanBuild(repo, out, folder)
    }

    func testAChangedPasswordRebuildsItsCustomerOnly() throws {
        let (repo, out, folder) = try repository()
        XCTAssertEqual(build(repo, out).status, 0)
        environment["ACME_CARLA_DEVICE_PW"] = "Another-Pw-2!"
        let run = build(repo, out)
        XCTAssertTrue(run.err.contains("(1 rebuilt, 5 unchanged)"), run.err)
        try assertEqualsACleanBuild(repo, out, folder)
        // Another master key changes every generated password: nothing comes from the cache.
        environment["PBXC_MASTER_KEY"] = "another-master-key"
        let rekeyed = build(repo, out)
        XCTAssertTrue(rekeyed.err.contains("pbxc: built 6 customers (6 rebuilt, 0 unchanged)")
                      || rekeyed.err.contains("pbxc: built 6 customers: "), rekeyed.err)
        XCTAssertFalse(rekeyed.err.contains("build cache"), rekeyed.err)
        try assertEqualsACleanBuild(repo, out, folder)
    }

    func testABrokenCacheIsIgnored() throws {
        let (repo, out, folder) = try repository()
        XCTAssertEqual(build(repo, out).status, 0)
        let caches = repo.appendingPathComponent(".pbxc-cache")
        let names = try FileManager.default.contentsOfDirectory(atPath: caches.path)
        XCTAssertEqual(names.count, 1)
        try Data("{\"format\": 1, \"key\": 3".utf8).write(to: caches.appendingPathComponent(names[0]))
        let run = build(repo, out)
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertFalse(run.err.contains("build cache"), run.err)
        try assertEqualsACleanBuild(repo, out, folder)
        // And a manifest edited by hand no longer matches the cache: not used either.
        let manifest = out.appendingPathComponent("manifest.json")
        try (String(contentsOf: manifest, encoding: .utf8) + "\n").write(to: manifest, atomically: true, encoding: .utf8)
        XCTAssertFalse(build(repo, out).err.contains("build cache"))
        try assertEqualsACleanBuild(repo, out, folder)
    }

    /// A greeting removed or put back changes `greeting-file`'s finding though no YAML
    /// changed: the customer's cached check must neither hide the finding nor keep it.
    func testAGreetingRemovedOrPutBackIsSeenThoughNoYAMLChanged() throws {
        let (repo, out, folder) = try repository()
        try settle(repo)
        XCTAssertEqual(build(repo, out).status, 0)
        XCTAssertTrue(build(repo, out).err.contains("6 not re-read (build cache)"))
        let greeting = repo.appendingPathComponent("customers/greetings/gesloten.wav")
        let saved = folder.appendingPathComponent("gesloten.wav")
        try FileManager.default.moveItem(at: greeting, to: saved)
        let without = build(repo, out)
        XCTAssertEqual(without.status, 0, without.err)
        XCTAssertTrue(findings(without).contains(
            "customers/zorg-noord.yaml:25:15: warning[greeting-file]: `greetings/gesloten.wav` is not in the repository"), without.err)
        XCTAssertTrue(without.err.contains("5 not re-read (build cache)"), without.err)
        let again = build(repo, out)
        XCTAssertTrue(findings(again).contains("warning[greeting-file]"), "a missing greeting stays reported: " + again.err)
        XCTAssertTrue(again.err.contains("6 not re-read (build cache)"), again.err)
        try FileManager.default.moveItem(at: saved, to: greeting)
        let back = build(repo, out)
        XCTAssertEqual(back.status, 0, back.err)
        XCTAssertFalse(back.err.contains("greeting-file"), back.err)
        XCTAssertTrue(back.err.contains("5 not re-read (build cache)"), back.err)
    }

    /// Greeting paths may hold any character: one with a line break must not spoil the
    /// cache (it did when probes were stored as lines), one with a NUL must not hide the
    /// probes after it (SQLite ended the stored text at the NUL, so a greeting added
    /// later was still reported missing).
    func testGreetingPathsWithALineBreakOrANulKeepTheCacheRight() throws {
        let folder = try temporaryFolder(self)
        let repo = folder.appendingPathComponent("repo"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: repo.appendingPathComponent("customers"), withIntermediateDirectories: true)
        try "version: 1\ndefaults: { country: NL }\n".write(to: repo.appendingPathComponent("pbxc.yaml"), atomically: true, encoding: .utf8)
        try #"""
        version: 1
        customer: { id: acme, name: Acme }
        numbers: ["+31887654000"]
        company: { number: "+31887654000", unassigned_numbers: main }
        ivr_menus:
          - id: main
            extension: "555"
            open: { greeting: "greetings/ges\nloten.wav", options: { "1": { play: "greetings/nul\0x.wav" }, "2": { play: greetings/later.wav } } }
        """#.write(to: repo.appendingPathComponent("customers/acme.yaml"), atomically: true, encoding: .utf8)
        try settle(repo)
        XCTAssertEqual(build(repo, out).status, 0)
        let second = build(repo, out)
        XCTAssertTrue(second.err.contains("1 not re-read (build cache)"), second.err)
        XCTAssertEqual(findings(second).components(separatedBy: "warning[greeting-file]").count - 1, 3, second.err)
        try FileManager.default.createDirectory(at: repo.appendingPathComponent("customers/greetings"), withIntermediateDirectories: true)
        try Data("RIFF".utf8).write(to: repo.appendingPathComponent("customers/greetings/later.wav"))
        let third = build(repo, out)
        XCTAssertFalse(third.err.contains("`greetings/later.wav` is not in the repository"), third.err)
        XCTAssertEqual(findings(third).components(separatedBy: "warning[greeting-file]").count - 1, 2, third.err)
    }
}
