import Foundation
import TestSupport
import XCTest

/// A build reads each configuration file once: its digest is made from the bytes the
/// loader read, never by reading the file again. Counted by the kernel (strace sees
/// every open of the real binary), not by our own bookkeeping.
final class ReadOnceTests: XCTestCase {
    /// How often each file below `repo` was opened (successfully, as a file) by a run.
    func opens(_ arguments: [String], repo: URL) throws -> [String: Int] {
        let binary = packageRoot.appendingPathComponent(".build/debug/pbxc").path
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: binary), "run swift build first")
        let log = try temporaryFolder(self).appendingPathComponent("strace.log")
        let run = try tool(["PBXC_MASTER_KEY=test-master-key", "ACME_CARLA_DEVICE_PW=Carla-Test-1!", "NO_COLOR=1",
                            "strace", "-f", "-qq", "-e", "trace=open,openat", "-o", log.path, binary] + arguments, in: repo)
        XCTAssertEqual(run.status, 0, run.out)
        var counts: [String: Int] = [:]
        let prefix = repo.path + "/"
        for line in try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        where !line.contains("O_DIRECTORY") && !line.contains("= -1 ") {
            guard let start = line.range(of: "\"" + prefix), let end = line[start.upperBound...].firstIndex(of: "\"") else {
                continue
            }
            counts[String(line[start.upperBound..<end]), default: 0] += 1
        }
        return counts
    }

    func testEachConfigFileIsReadOncePerBuild() throws {
        let folder = try temporaryFolder(self)
        let repo = folder.appendingPathComponent("repo")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("examples"), to: repo)
        try? FileManager.default.removeItem(at: repo.appendingPathComponent(".pbxc-cache"))
        let configFiles = ["pbxc.yaml"] + (FileManager.default.enumerator(atPath: repo.appendingPathComponent("customers").path)!
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".yaml") }.map { "customers/\($0)" })
        XCTAssertGreaterThan(configFiles.count, 5)
        let out = folder.appendingPathComponent("out").path
        // Files older than the cache's racy window, so that their stamps can be trusted.
        let earlier = Date().addingTimeInterval(-60)
        for file in configFiles {
            try FileManager.default.setAttributes([.modificationDate: earlier], ofItemAtPath: repo.appendingPathComponent(file).path)
        }

        let first = try opens(["build", ".", "-o", out, "--today", "2026-11-21"], repo: repo)
        for file in configFiles { XCTAssertEqual(first[file], 1, "\(file) opened \(first[file] ?? 0) times by a first build") }

        // After an edit, the edited customer's files are read once, the others not at all.
        let users = repo.appendingPathComponent("customers/acme/users.yaml")
        try (String(contentsOf: users, encoding: .utf8) + "\n# edited\n").write(to: users, atomically: true, encoding: .utf8)
        let second = try opens(["build", ".", "-o", out, "--today", "2026-11-21"], repo: repo)
        for file in configFiles where file != "pbxc.yaml" {
            let expected = file.hasPrefix("customers/acme/") ? 1 : 0
            XCTAssertEqual(second[file] ?? 0, expected, "\(file) opened \(second[file] ?? 0) times by an incremental build")
        }
        XCTAssertEqual(second["pbxc.yaml"], 1)
    }
}
