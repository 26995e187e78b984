import Compiler
@testable import Emitters
import TestSupport
import XCTest

/// `pbxc diff` names changes to call blocking, simring and the hunt-group switches:
/// each changes what callers get, so each is a line of the merge-request comment.
final class CallHandlingDiffTests: XCTestCase {
    func testBlocksSimringAndGroupSwitchesAreChanges() throws {
        let old = try XCTUnwrap(compiledExamples()["zorg-noord"])
        var new = old
        guard case .user(var dirk)? = new.routing.nodes["user:dirk"],
              case .huntGroup(var group)? = new.routing.nodes["group:behandelaars"] else {
            return XCTFail("zorg-noord has user dirk and group behandelaars")
        }
        dirk.simring = []
        dirk.blockAll = true
        dirk.callerBlocks.removeFirst()
        group.nextMember = true
        group.busyTone = true
        new.routing.nodes["user:dirk"] = .user(dirk)
        new.routing.nodes["group:behandelaars"] = .huntGroup(group)
        let texts = RoutingDiff(customer: "zorg-noord", old: old, new: new, year: 2026).changes.map(\.text)
        let expected = [
            "Dirk Mulder (304) rings at the same time: +31620003000 → no",
            "Dirk Mulder (304) refuses every outside caller: no → yes",
            "Dirk Mulder (304) blocks callers: +31612345678 (within lunchpauze); +31201234567 → +31201234567",
            "Behandelaars: next member off → on",
            "Behandelaars: busy tone off → on",
        ]
        for line in expected {
            XCTAssertEqual(texts.filter { $0.hasSuffix(line) }.count, 1, "`\(line)` in \(texts)")
        }
        XCTAssertEqual(texts.count, expected.count, "\(texts)")
        XCTAssertEqual(RoutingDiff(customer: "zorg-noord", old: old, new: old, year: 2026).changes.map(\.text), [])
    }
}
