import Emitters
import Foundation
import TestSupport
import XCTest

/// Outside programs run with a time limit in a process group of their own.
final class ChildProcessTests: XCTestCase {
    func testOutputIsCollectedAndStatusReported() {
        let input = Data((0..<200_000).map { UInt8($0 % 251) })
        let outcome = ChildProcess.run("/bin/cat", [], input: input, timeLimit: 10)
        XCTAssertEqual(outcome.status, 0)
        XCTAssertEqual(outcome.output, input)
        XCTAssertFalse(outcome.timedOut)
        XCTAssertEqual(ChildProcess.run("/bin/sh", ["-c", "exit 3"], input: Data(), timeLimit: 10).status, 3)
    }

    /// Programs run from several threads at once each see the end of their own input:
    /// with inheritable pipes, one child held the write end of another's input, both
    /// waited for it, and both ran into the time limit (a build's drawings, in CI).
    func testChildrenStartedAtOnceDoNotHoldEachOthersInput() {
        let input = Data((0..<100_000).map { UInt8($0 % 251) })
        let results = Tally()
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            let outcome = ChildProcess.run("/bin/cat", [], input: input, timeLimit: 5)
            results.add(stuck: outcome.timedOut, wrong: !outcome.timedOut && outcome.output != input)
        }
        XCTAssertEqual(results.stuck, 0, "children that never saw the end of their input")
        XCTAssertEqual(results.wrong, 0)
    }

    /// The time limit ends the program and every process it started.
    func testTheTimeLimitKillsTheWholeGroup() throws {
        let marker = "pbxc-child-test-\(UUID().uuidString.prefix(8))"
        let started = Date()
        let outcome = ChildProcess.run("/bin/bash", ["-c", "(exec -a \(marker) sleep 30) & exec -a \(marker) sleep 30"], input: Data(),
                                       timeLimit: 0.5)
        XCTAssertTrue(outcome.timedOut)
        XCTAssertNil(outcome.status)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        usleep(200_000)
        let left = try tool(["pgrep", "-f", marker])
        XCTAssertNotEqual(left.status, 0, "processes of the group still run: \(left.out)")
    }

    /// Whether a call flow is drawn depends on its size alone, never on how busy the
    /// machine is: over the limit there is no SVG, and Graphviz is not even started.
    func testLargeCallFlowsAreNotDrawn() throws {
        let dot = EmittedFile(path: DOTEmitter.path, text: "digraph g { a -> b }")
        XCTAssertNil(try DOTEmitter.svg(dot, nodes: DOTEmitter.maxDrawnNodes + 1))
        if DOTEmitter.dotExecutable != nil { XCTAssertNotNil(try DOTEmitter.svg(dot, nodes: 2)) }
    }
}

/// Counts from several threads.
private final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var stuck = 0, wrong = 0

    func add(stuck isStuck: Bool, wrong isWrong: Bool) {
        lock.lock(); defer { lock.unlock() }
        if isStuck { stuck += 1 }
        if isWrong { wrong += 1 }
    }
}
