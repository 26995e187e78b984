import Diagnostics
import Foundation
@testable import Parser
import TestSupport
import XCTest

/// Reading stays linear in the size of the file. The time bounds only guard against
/// a hang (a quadratic reader took 31 s and 45 s on these inputs); they are not
/// benchmarks.
final class BoundedParsingTests: XCTestCase {
    func timed<T>(_ work: () -> T) -> (T, TimeInterval) {
        let start = Date()
        let result = work()
        return (result, Date().timeIntervalSince(start))
    }

    /// 40,000 distinct keys, then one repeated: found, at the right place, in linear time.
    func testDuplicateKeysOfAHugeMappingAreFoundInLinearTime() {
        let count = 40_000
        var text = ""
        text.reserveCapacity(count * 16)
        for i in 0..<count { text += "key\(i): \(i)\n" }
        text += "key17: again\n"
        let ((document, diagnostics), seconds) = timed { readYAML(Array(text.utf8)) }
        XCTAssertNotNil(document)
        XCTAssertEqual(diagnostics.summary, ["\(count + 1):1 duplicate-key"])
        XCTAssertEqual(diagnostics.first?.notes.first?.location?.line, 18)
        XCTAssertLessThan(seconds, 5)
    }

    /// 100,000 nested `[`: reading stops at the depth limit.
    func testDeepFlowNestingStopsAtTheLimit() {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let ((document, diagnostics), seconds) = timed { readYAML(Array(text.utf8)) }
        XCTAssertNil(document)
        XCTAssertEqual(diagnostics.summary, ["1:65 yaml-limits"])
        XCTAssertLessThan(seconds, 5)
        let mapping = String(repeating: "{a: ", count: depth) + "1" + String(repeating: "}", count: depth)
        let ((mapDocument, mapDiagnostics), mapSeconds) = timed { readYAML(Array(mapping.utf8)) }
        XCTAssertNil(mapDocument)
        XCTAssertEqual(mapDiagnostics.map(\.rule), ["yaml-limits"])
        XCTAssertLessThan(mapSeconds, 5)
    }
}
