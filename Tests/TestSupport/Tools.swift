import Foundation
import XCTest

/// Runs an outside program (git, check-jsonschema, python3) found on PATH, in `directory`;
/// returns its exit status and what it printed (standard output and error together).
@discardableResult
public func tool(_ arguments: [String], in directory: URL = packageRoot) throws -> (status: Int32, out: String) {
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

/// Runs git in `repository` as a test author; a failing git command fails the test.
public func git(_ arguments: String..., in repository: URL, file: StaticString = #filePath, line: UInt = #line) throws {
    let run = try tool(["git", "-C", repository.path, "-c", "user.name=pbxc", "-c", "user.email=pbxc@example.net"] + arguments)
    XCTAssertEqual(run.status, 0, "git \(arguments.joined(separator: " ")): \(run.out)", file: file, line: line)
}
