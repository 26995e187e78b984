import Foundation
import XCTest

/// Compares `actual` with a golden file; `PBXC_UPDATE_GOLDENS=1` rewrites it. A golden
/// file pins our own output; the tests that prove an output feed it to its consumer.
public func assertGolden(_ actual: String, _ golden: URL, file: StaticString = #filePath, line: UInt = #line) throws {
    if ProcessInfo.processInfo.environment["PBXC_UPDATE_GOLDENS"] == "1" {
        try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: golden, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
        XCTFail("no golden file \(golden.path) (PBXC_UPDATE_GOLDENS=1 records it)", file: file, line: line)
        return
    }
    XCTAssertEqual(actual, expected, "differs from \(golden.path) (PBXC_UPDATE_GOLDENS=1 re-records)",
                   file: file, line: line)
}
