import Foundation
import TestSupport
import XCTest

/// Incremental, parallel and sharded builds give the bytes of a clean build.
final class IncrementalBuildTests: XCTestCase {

    func build(_ repo: URL, _ out: URL, _ extra: [String] = []) -> Run {
        pbxc(["build", repo.path, "-o", out.path, "--today", "2026-11-21"] + extra, environment: buildEnvironment)
    }

    func testIncrementalBuildAfterEditingAddingAndDeletingEqualsACleanBuild() throws {
        let folder = try temporaryFolder(self)
        let repo = folder.appendingPathComponent("repo"), out = folder.appendingPathComponent("out")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("examples"), to: repo)
        XCTAssertEqual(build(repo, out).status, 0)

        let unchanged = build(repo, out)
        XCTAssertTrue(unchanged.err.contains("(0 rebuilt, 6 unchanged)"), unchanged.err)

        // Edit one customer, delete one, add one.
        let routing = repo.appendingPathComponent("customers/acme/routing.yaml")
        try String(contentsOf: routing, encoding: .utf8).replacingOccurrences(of: "\"1\": sales", with: "\"1\": support")
            .write(to: routing, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: repo.appendingPathComponent("customers/bakkerij-jansen.yaml"))
        try """
        version: 1
        customer: { id: nieuw, name: Nieuw B.V. }
        numbers: ["+31 20 123 4560"]
        company: { number: "+31 20 123 4560" }
        users: [{ id: eva, name: Eva, extension: "21", number: "+31 20 123 4560" }]
        """.write(to: repo.appendingPathComponent("customers/nieuw.yaml"), atomically: true, encoding: .utf8)
        let incremental = build(repo, out)
        XCTAssertEqual(incremental.status, 0, incremental.err)
        XCTAssertTrue(incremental.err.contains("(2 rebuilt, 4 unchanged)"), incremental.err)

        let clean = folder.appendingPathComponent("clean")
        XCTAssertEqual(build(repo, clean).status, 0)
        XCTAssertEqual(try files(under: out), try files(under: clean))
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("bakkerij-jansen").path))

        // A deleted output file makes its customer rebuild.
        try FileManager.default.removeItem(at: out.appendingPathComponent("acme/routing/routing.json"))
        XCTAssertTrue(build(repo, out).err.contains("(1 rebuilt, 5 unchanged)"))
        XCTAssertEqual(try files(under: out), try files(under: clean))
    }

    func testParallelSerialAndShardedThenMergedBuildsAreIdentical() throws {
        let folder = try temporaryFolder(self)
        let examples = packageRoot.appendingPathComponent("examples")
        let serial = folder.appendingPathComponent("serial"), parallel = folder.appendingPathComponent("parallel")
        XCTAssertEqual(build(examples, serial, ["--jobs", "1"]).status, 0)
        XCTAssertEqual(build(examples, parallel, ["--jobs", "2"]).status, 0)
        let shards = (1...3).map { folder.appendingPathComponent("shard\($0)") }
        for (i, shard) in shards.enumerated() { XCTAssertEqual(build(examples, shard, ["--shard", "\(i + 1)/3"]).status, 0) }
        let merged = folder.appendingPathComponent("merged")
        let merge = pbxc(["merge"] + shards.map(\.path) + ["-o", merged.path])
        XCTAssertEqual(merge.status, 0, merge.err)
        let reference = try files(under: serial)
        XCTAssertEqual(try files(under: parallel), reference)
        XCTAssertEqual(try files(under: merged), reference)
        XCTAssertEqual(pbxc(["merge", shards[0].path, shards[0].path, "-o", folder.appendingPathComponent("x").path]).status, 2,
                       "a customer in two shards is refused")
    }

    func testShardsCoverEveryCustomerOnce() {
        for n in [1, 2, 3] {
            var total = 0
            for i in 1...n {
                let run = pbxc(["check", "examples", "--shard", "\(i)/\(n)"])
                let summary = try? XCTUnwrap(run.err.split(separator: "\n").last)
                let count = summary.flatMap { line in line.split(separator: "(").last?.split(separator: " ").first.flatMap { Int($0) } }
                total += count ?? -100
            }
            XCTAssertEqual(total, 6, "shards of \(n)")
        }
        XCTAssertEqual(pbxc(["check", "examples", "--shard", "3/2"]).status, 2)
    }
}

/// `check --changed-since REV`: findings of the changed customers only, but rules
/// across customers still see every customer.
final class ChangedSinceTests: XCTestCase {
    func testOnlyChangedCustomersAreChecked() throws {
        let folder = try temporaryFolder(self)
        let repo = folder.appendingPathComponent("partner")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("examples"), to: repo)
        // An old mistake in an unchanged customer.
        let bakkerij = repo.appendingPathComponent("customers/bakkerij-jansen.yaml")
        try String(contentsOf: bakkerij, encoding: .utf8).replacingOccurrences(of: "extension: \"10\"", with: "extension: \"10000\"")
            .write(to: bakkerij, atomically: true, encoding: .utf8)
        try git("init", "-q", in: repo)
        try git("add", ".", in: repo)
        try git("commit", "-q", "-m", "base", in: repo)
        // The change: acme takes kanzlei-weber's phone (a MAC in two customers).
        let users = repo.appendingPathComponent("customers/acme/users.yaml")
        try String(contentsOf: users, encoding: .utf8).replacingOccurrences(of: "80:5E:C0:12:34:58", with: "64:16:7F:AA:BB:01")
            .write(to: users, atomically: true, encoding: .utf8)
        let run = pbxc(["check", "--changed-since", "HEAD"], in: repo)
        XCTAssertEqual(run.status, 1, run.err)
        XCTAssertTrue(run.err.contains("error[mac-duplicate]"), run.err)
        XCTAssertFalse(run.err.contains("bakkerij-jansen.yaml"), "findings of unchanged customers are not this change's")
        let everything = pbxc(["check"], in: repo)
        XCTAssertTrue(everything.err.contains("bakkerij-jansen.yaml"))
        XCTAssertEqual(pbxc(["check", "--changed-since", "nope"], in: repo).status, 2)
    }
}
