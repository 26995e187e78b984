import Foundation
import XCTest

/// The built `pbxc` as a process: what users run, with its real exit status and file system.
extension XCTestCase {
    /// Runs the built `pbxc` with a deadline (a hang is killed and reported, not waited out).
    public func runBinary(_ arguments: [String], in directory: URL, environment: [String: String] = ["NO_COLOR": "1"],
                          stdin: String? = nil, timeout: TimeInterval)
        throws -> (status: Int32, out: String, err: String, timedOut: Bool) {
        let binary = packageRoot.appendingPathComponent(".build/debug/pbxc")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw XCTSkip("no built binary at \(binary.path) (run swift build)")
        }
        let folder = try temporaryFolder(self)
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data((stdin ?? "").utf8))
        try input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        let timedOut = process.isRunning
        if timedOut {
            process.terminate()
            process.waitUntilExit()
        }
        return (process.terminationStatus, try String(contentsOf: outURL, encoding: .utf8),
                try String(contentsOf: errURL, encoding: .utf8), timedOut)
    }
}
