#if canImport(Glibc)
import Glibc
#endif
import Foundation
import TestSupport
import XCTest

/// pbxc deletes or replaces only what its previous build wrote (docs/hardening.md,
/// "Outputs pbxc owns"): each test is one way an output folder was lost before.
final class OutputOwnershipTests: XCTestCase {
    let fm = FileManager.default

    func build(_ repo: URL, _ out: String, _ extra: [String] = [], in directory: URL? = nil) -> Run {
        pbxc(["build", repo.path, "-o", out, "--today", "2026-11-21", "--no-svg"] + extra, in: directory ?? repo,
             environment: buildEnvironment)
    }

    /// A copy of examples/ under git, and a folder beside it for outputs.
    func repository() throws -> (repo: URL, folder: URL) {
        let folder = try temporaryFolder(self)
        let repo = folder.appendingPathComponent("repo")
        try fm.copyItem(at: packageRoot.appendingPathComponent("examples"), to: repo)
        try git("init", "-q", in: repo)
        try git("add", ".", in: repo)
        try git("commit", "-q", "-m", "customers", in: repo)
        return (repo, folder)
    }

    func assertRefused(_ run: Run, _ reason: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(run.status, 2, run.err, file: file, line: line)
        XCTAssertTrue(run.err.contains(reason), run.err, file: file, line: line)
    }

    // MARK: Folders that are not pbxc's

    func testAFakeManifestDoesNotLetABuildReplaceTheRepository() throws {
        let (repo, _) = try repository()
        try "{}".write(to: repo.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        let before = try files(under: repo)
        XCTAssertTrue(before.keys.contains { $0.hasPrefix(".git/") })
        assertRefused(build(repo, "."), "it holds the repository being built")
        XCTAssertEqual(try files(under: repo), before)
    }

    func testTheRepositoryAParentOfItAFolderWithGitAndRootAreRefused() throws {
        let (repo, folder) = try repository()
        let before = try files(under: folder)
        assertRefused(build(repo, repo.path), "it holds the repository being built")
        assertRefused(build(repo, folder.path), "it holds the repository being built")
        let other = folder.appendingPathComponent("other")
        try fm.createDirectory(at: other.appendingPathComponent(".git"), withIntermediateDirectories: true)
        assertRefused(build(repo, other.path), "it holds a `.git` folder")
        assertRefused(build(repo, "/"), "refusing to build into `/`")
        XCTAssertEqual(try files(under: folder), before)
    }

    func testAFolderHoldingOtherFilesIsRefusedAndKept() throws {
        let (repo, folder) = try repository()
        // A web app's folder: its own manifest.json, and pages.
        let www = folder.appendingPathComponent("www")
        try fm.createDirectory(at: www, withIntermediateDirectories: true)
        try #"{"name": "shop", "start_url": "/"}"#.write(to: www.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        try "<h1>Shop</h1>".write(to: www.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        let web = try files(under: www)
        assertRefused(build(repo, www.path), "is not the output of a pbxc build")
        XCTAssertEqual(try files(under: www), web)

        // A build, and a file someone put into it.
        let out = folder.appendingPathComponent("out")
        XCTAssertEqual(build(repo, out.path).status, 0)
        try "keep me".write(to: out.appendingPathComponent("acme/notes.txt"), atomically: true, encoding: .utf8)
        let built = try files(under: out)
        for extra in [[], ["--clean"], ["customers/acme"]] {
            let run = extra == ["customers/acme"]
                ? pbxc(["build", "customers/acme", "-o", out.path, "--no-svg"], in: repo, environment: buildEnvironment)
                : build(repo, out.path, extra)
            assertRefused(run, "acme/notes.txt")
        }
        XCTAssertEqual(try files(under: out), built)
    }

    func testAFileAsTheOutputIsRefused() throws {
        let (repo, folder) = try repository()
        let file = folder.appendingPathComponent("notes.txt")
        try "keep me".write(to: file, atomically: true, encoding: .utf8)
        assertRefused(build(repo, file.path), "is a file, not a folder")
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "keep me")
    }

    func testALinkedOutputFolderStaysALink() throws {
        let (repo, folder) = try repository()
        let target = folder.appendingPathComponent("target"), link = folder.appendingPathComponent("link")
        try fm.createSymbolicLink(at: link, withDestinationURL: target)
        try fm.createDirectory(at: target, withIntermediateDirectories: true)
        for extra in [[], [], ["--clean"]] {
            XCTAssertEqual(build(repo, link.path, extra).status, 0)
            XCTAssertEqual(try fm.destinationOfSymbolicLink(atPath: link.path), target.path)
            XCTAssertTrue(fm.fileExists(atPath: target.appendingPathComponent("manifest.json").path))
        }
        try fm.removeItem(at: target)
        assertRefused(build(repo, link.path), "is a link to something that does not exist")
    }

    // MARK: Customers a build did not build

    func testAPartialBuildKeepsTheOtherCustomers() throws {
        let (repo, folder) = try repository()
        let out = folder.appendingPathComponent("out")
        XCTAssertEqual(build(repo, out.path).status, 0)
        let full = try files(under: out)
        let named = pbxc(["build", "customers/acme", "-o", out.path, "--today", "2026-11-21", "--no-svg"], in: repo,
                         environment: buildEnvironment)
        XCTAssertEqual(named.status, 0, named.err)
        XCTAssertTrue(named.err.contains("kept 5 other customers"), named.err)
        let fromCustomerFolder = pbxc(["build", "-o", out.path, "--today", "2026-11-21", "--no-svg"],
                                      in: repo.appendingPathComponent("customers/acme"), environment: buildEnvironment)
        XCTAssertEqual(fromCustomerFolder.status, 0, fromCustomerFolder.err)
        XCTAssertEqual(build(repo, out.path, ["--shard", "2/3"]).status, 0)
        XCTAssertEqual(try files(under: out), full)
    }

    func testAFullBuildNamesTheCustomersItRemoves() throws {
        let (repo, folder) = try repository()
        let out = folder.appendingPathComponent("out")
        XCTAssertEqual(build(repo, out.path).status, 0)
        try fm.removeItem(at: repo.appendingPathComponent("customers/bakkerij-jansen.yaml"))
        let run = build(repo, out.path)
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertTrue(run.err.contains("removed: bakkerij-jansen"), run.err)
        XCTAssertFalse(fm.fileExists(atPath: out.appendingPathComponent("bakkerij-jansen").path))
    }

    func testABuildFromAnEmptyFolderRemovesNothing() throws {
        let (repo, folder) = try repository()
        let out = folder.appendingPathComponent("out"), empty = folder.appendingPathComponent("empty")
        XCTAssertEqual(build(repo, out.path).status, 0)
        let built = try files(under: out)
        try fm.createDirectory(at: empty, withIntermediateDirectories: true)
        let run = pbxc(["build", "-o", out.path, "--no-svg"], in: empty, environment: buildEnvironment)
        assertRefused(run, "found no customers")
        XCTAssertEqual(try files(under: out), built)
    }

    // MARK: Leftovers, edits and concurrent builds

    func testStagingFoldersOfInterruptedBuildsAreRemoved() throws {
        let (repo, folder) = try repository()
        let out = folder.appendingPathComponent("out")
        XCTAssertEqual(build(repo, out.path).status, 0)
        let beside = folder.appendingPathComponent(".out.pbxc-tmp-4242-17"), inside = out.appendingPathComponent(".pbxc-tmp-4242-18")
        for staging in [beside, inside] {
            try fm.createDirectory(at: staging.appendingPathComponent("acme/provisioning"), withIntermediateDirectories: true)
            XCTAssertTrue(fm.createFile(atPath: staging.appendingPathComponent("acme/provisioning/phone.cfg").path,
                                        contents: Data("password".utf8), attributes: [.posixPermissions: 0o600]))
        }
        let unrelated = folder.appendingPathComponent(".other.pbxc-tmp-1-2")
        try fm.createDirectory(at: unrelated, withIntermediateDirectories: true)
        XCTAssertEqual(build(repo, out.path).status, 0)
        XCTAssertFalse(fm.fileExists(atPath: beside.path))
        XCTAssertFalse(fm.fileExists(atPath: inside.path))
        XCTAssertTrue(fm.fileExists(atPath: unrelated.path), "another output's staging folder is not this build's to remove")
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: folder.path).sorted(), [".other.pbxc-tmp-1-2", "out", "repo"],
                       "no lock file or staging folder stays beside the output")
    }

    func testAHandEditedOutputIsRewrittenAndReported() throws {
        let (repo, folder) = try repository()
        let out = folder.appendingPathComponent("out")
        XCTAssertEqual(build(repo, out.path).status, 0)
        let conf = out.appendingPathComponent("acme/routing/extensions.conf")
        let original = try Data(contentsOf: conf)
        // Through the build cache, then without it (the previous manifest's digests).
        for withCache in [true, false] {
            if !withCache { try fm.removeItem(at: repo.appendingPathComponent(".pbxc-cache")) }
            let handle = try FileHandle(forWritingTo: conf)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("exten => 666,1,Dial(PJSIP/attacker)\n".utf8))
            try handle.close()
            let run = build(repo, out.path)
            XCTAssertEqual(run.status, 0, run.err)
            XCTAssertTrue(run.err.contains("rewrote 1 file changed since the last build: acme/routing/extensions.conf"), run.err)
            XCTAssertEqual(try Data(contentsOf: conf), original)
        }
        // A deleted file too; a build with nothing changed reports nothing.
        try fm.removeItem(at: out.appendingPathComponent("acme/index.html"))
        XCTAssertTrue(build(repo, out.path).err.contains("rewrote 1 file changed since the last build: acme/index.html"))
        XCTAssertFalse(build(repo, out.path).err.contains("rewrote"))
    }

    func testASecondBuildFailsClearlyWhileTheLockIsHeld() throws {
        let (repo, folder) = try repository()
        let out = folder.appendingPathComponent("out")
        XCTAssertEqual(build(repo, out.path).status, 0)
        let built = try files(under: out)
        let fd = open(folder.appendingPathComponent(".out.pbxc-lock").path, O_RDWR | O_CREAT, 0o600)
        XCTAssertGreaterThanOrEqual(fd, 0)
        XCTAssertEqual(flock(fd, LOCK_EX), 0)
        assertRefused(build(repo, out.path, ["--clean"]), "another pbxc build is writing \(out.path)")
        XCTAssertEqual(try files(under: out), built)
        close(fd)
        XCTAssertEqual(build(repo, out.path).status, 0)
    }

    // MARK: The real binary

    func testTheBuiltBinaryRefusesTheRepositoryAndForeignFiles() throws {
        let (repo, folder) = try repository()
        try "{}".write(to: repo.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        let before = try files(under: repo)
        let environment = buildEnvironment
        let root = try runBinary(["build", ".", "-o", ".", "--no-svg"], in: repo, environment: environment, timeout: 60)
        XCTAssertEqual(root.status, 2, root.err)
        XCTAssertTrue(root.err.contains("it holds the repository being built"), root.err)
        XCTAssertEqual(try files(under: repo), before)

        let www = folder.appendingPathComponent("www")
        try fm.createDirectory(at: www, withIntermediateDirectories: true)
        try #"{"name": "shop"}"#.write(to: www.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        let web = try runBinary(["build", repo.path, "-o", www.path, "--no-svg"], in: folder, environment: environment, timeout: 60)
        XCTAssertEqual(web.status, 2, web.err)
        XCTAssertEqual(try String(contentsOf: www.appendingPathComponent("manifest.json"), encoding: .utf8), #"{"name": "shop"}"#)
    }

    func testTheBuiltBinaryFailsClearlyWhileAnotherBuildHoldsTheLock() throws {
        let (repo, folder) = try repository()
        let out = folder.appendingPathComponent("out")
        let fd = open(folder.appendingPathComponent(".out.pbxc-lock").path, O_RDWR | O_CREAT, 0o600)
        XCTAssertEqual(flock(fd, LOCK_EX), 0)
        defer { close(fd) }
        let run = try runBinary(["build", repo.path, "-o", out.path, "--no-svg"], in: folder, environment: buildEnvironment, timeout: 60)
        XCTAssertEqual(run.status, 2, run.err)
        XCTAssertTrue(run.err.contains("another pbxc build is writing"), run.err)
        XCTAssertFalse(fm.fileExists(atPath: out.path))
    }
}
