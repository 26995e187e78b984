import Foundation
import TestSupport
import XCTest

/// The shipped examples: the repository checks clean, and every file of
/// `examples/broken/` gives exactly the diagnostics recorded beside it.
final class ExamplesTests: XCTestCase {
    func testExampleRepositoryChecksClean() {
        let run = pbxc(["check", "examples"])
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(run.err, "0 errors, 0 warnings in 12 files (6 customers)\n")
    }

    func testBrokenExamplesGiveTheirDocumentedDiagnostics() throws {
        let folder = packageRoot.appendingPathComponent("examples/broken")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 8)
        for name in files {
            let run = pbxc(["check", "examples/broken/\(name)"])
            XCTAssertEqual(run.status, 1, "\(name) should fail the check")
            let golden = folder.appendingPathComponent(name.replacingOccurrences(of: ".yaml", with: ".expected"))
            try assertGolden(run.err, golden)
        }
    }
}
