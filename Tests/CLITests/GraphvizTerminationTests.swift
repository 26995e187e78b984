import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TestSupport
import XCTest

/// Graphviz ends with pbxc: a build stopped with SIGTERM while `dot` draws leaves no
/// `dot` running (before, `dot` outlived pbxc). Proven with the real binary and a `dot`
/// that never finishes, first on the PATH.
final class GraphvizTerminationTests: XCTestCase {
    func testStoppingABuildStopsGraphviz() throws {
        let binary = packageRoot.appendingPathComponent(".build/debug/pbxc").path
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: binary), "run swift build first")
        let folder = try temporaryFolder(self)
        let marker = "pbxc-slow-dot-\(UUID().uuidString.prefix(8))"
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let dot = bin.appendingPathComponent("dot")
        try """
        #!/bin/bash
        if [ "$1" = -V ]; then echo "dot - slow test version" >&2; exit 0; fi
        exec -a \(marker) sleep 120
        """.write(to: dot, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dot.path)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["build", packageRoot.appendingPathComponent("examples").path,
                             "-o", folder.appendingPathComponent("out").path, "--today", "2026-11-21"]
        process.environment = buildEnvironment.merging(["PATH": "\(bin.path):/usr/bin:/bin"]) { _, new in new }
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait until the slow `dot` runs, then stop pbxc as CI or a user would.
        let deadline = Date().addingTimeInterval(60)
        while try tool(["pgrep", "-f", marker]).status != 0 {
            XCTAssertLessThan(Date(), deadline, "the slow dot never started")
            if Date() > deadline { process.terminate(); return }
            usleep(100_000)
        }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 128 + SIGTERM)
        usleep(300_000)
        let left = try tool(["pgrep", "-f", marker])
        XCTAssertNotEqual(left.status, 0, "dot outlived pbxc: \(left.out)")
        if left.status == 0 { _ = try tool(["pkill", "-f", marker]) }
    }
}
