import Foundation
import TestSupport
import XCTest

/// Input sized to exhaust time, memory or the call stack is either handled in
/// linear time or refused with a located diagnostic. The wall-clock bounds are hang
/// guards (generous for a debug build on a busy machine), not benchmarks.
final class BoundedWorkTests: XCTestCase {
    func write(_ text: String, _ name: String = "big.yaml") throws -> URL {
        let file = try temporaryFolder(self).appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// 3,000 users, each forwarding every call to the next (then a loop back to the
    /// first): the routing-loop rule walks it without a call-stack frame per user.
    func testALongForwardChainChecksWithoutCrashing() throws {
        let count = 3_000
        var text = """
        version: 1
        customer: { id: chain, name: Chain, country: NL }
        numbers: ["+31202400000"]
        company: { number: "+31202400000", unassigned_numbers: u0 }
        users:

        """
        for i in 0..<count {
            text += "  - { id: u\(i), name: U\(i), extension: \"\(1000 + i)\", forward: { always: u\((i + 1) % count) } }\n"
        }
        let file = try write(text)
        let start = Date()
        let run = pbxc(["check", file.path, "--format", "json"])
        XCTAssertLessThan(Date().timeIntervalSince(start), 60)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.out.contains("\"routing-loop\""), String(run.out.prefix(2000)))
    }
}

extension BoundedWorkTests {
    /// 1,000 ranges of 10,000 numbers each pass `number-range` one by one; together
    /// they are refused by `check`, at the range that crosses the bound, before a
    /// build could write hundreds of megabytes.
    func testHugeRangesAreRefusedByCheckWhereTheyCrossTheBound() throws {
        var text = """
        version: 1
        customer: { id: huge, name: Huge, country: NL }
        company: { number: "+31880000000", unassigned_numbers: voicemail }
        numbers:

        """
        for i in 0..<1_000 {
            let block = String(1_000 + i).dropFirst()  // 000 … 999
            text += "  - \"+31 88 \(block) 0000 - +31 88 \(block) 9999\"\n"
        }
        let file = try write(text)
        let start = Date()
        let run = pbxc(["check", file.path, "--format", "json"])
        XCTAssertLessThan(Date().timeIntervalSince(start), 60)
        XCTAssertEqual(run.status, 1)
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let diagnostics = try XCTUnwrap(doc["diagnostics"] as? [[String: Any]])
        let size = try XCTUnwrap(diagnostics.first { $0["rule"] as? String == "customer-size" }, String(run.out.prefix(3000)))
        XCTAssertEqual(size["line"] as? Int, 7, "the third range crosses 20,000 numbers")
    }
}
