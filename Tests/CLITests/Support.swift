import CLI
import Foundation
import XCTest

/// Runs `pbxc` in-process and captures what it prints.
struct Run {
    var status: Int32
    var out: String
    var err: String
}

func pbxc(_ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = ["NO_COLOR": "1"])
    -> Run {
    var out = "", err = ""
    let console = Console(out: { out += $0 }, err: { err += $0 }, environment: environment,
                          currentDirectory: directory, stderrIsTerminal: false)
    let status = PBXCRunner.run(arguments, console: console)
    return Run(status: status, out: out, err: err)
}

/// The package's root folder (tests run from anywhere).
let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A fresh temporary folder, removed at the end of the test.
func temporaryFolder(_ test: XCTestCase) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pbxc-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}

/// Compares `actual` with a golden file; `PBXC_UPDATE_GOLDENS=1` rewrites it.
func assertGolden(_ actual: String, _ golden: URL, file: StaticString = #filePath, line: UInt = #line) throws {
    if ProcessInfo.processInfo.environment["PBXC_UPDATE_GOLDENS"] == "1" {
        try actual.write(to: golden, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    XCTAssertEqual(actual, expected, "differs from \(golden.lastPathComponent) (PBXC_UPDATE_GOLDENS=1 re-records)",
                   file: file, line: line)
}

/// Runs an outside program (git, check-jsonschema, python3) found on PATH, in `directory`;
/// returns its exit status and what it printed (standard output and error together).
@discardableResult
func tool(_ arguments: [String], in directory: URL = packageRoot) throws -> (status: Int32, out: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, out)
}

/// The environment a build of examples/ needs: its two secrets (test-only values).
let buildEnvironment = ["NO_COLOR": "1", "PBXC_MASTER_KEY": "test-master-key", "ACME_CARLA_DEVICE_PW": "Carla-Test-1!"]

/// Every regular file under `folder`, by path relative to it, with its bytes.
func files(under folder: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
    while let url = enumerator?.nextObject() as? URL {
        if try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            result[String(url.path.dropFirst(folder.path.count + 1))] = try Data(contentsOf: url)
        }
    }
    return result
}

/// Runs git in `repository` as a test author; a failing git command fails the test.
func git(_ arguments: String..., in repository: URL, file: StaticString = #filePath, line: UInt = #line) throws {
    let run = try tool(["git", "-C", repository.path, "-c", "user.name=pbxc", "-c", "user.email=pbxc@example.net"] + arguments)
    XCTAssertEqual(run.status, 0, "git \(arguments.joined(separator: " ")): \(run.out)", file: file, line: line)
}
