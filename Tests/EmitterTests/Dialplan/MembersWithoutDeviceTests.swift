import Compiler
@testable import Emitters
import Foundation
import TestSupport
import XCTest

/// Hunt-group members without a device ring nobody, and `pbxc trace` says so as the
/// dialplan does it: the others ring; with none, the caller waits out the overflow
/// time, or the call ends.
final class MembersWithoutDeviceTests: XCTestCase {
    func group(_ members: String, overflow: String) -> String {
        customer("""
        users:
          - { id: jan, name: Jan, extension: "201", devices: [\(phone(1))] }
          - { id: piet, name: Piet, extension: "202" }
          - { id: kees, name: Kees, extension: "203" }
        hunt_groups:
          - { id: sales, name: Sales, extension: "101", policy: fixed_order, members: [\(members)]\(overflow) }
        """)
    }

    /// A group that rings round after round (fixed order, no overflow) goes back to its
    /// `ring` label only after checking whether any member's phone is registered, and
    /// waits when none is: with every member offline each Dial returns at once, and a
    /// loop without a Wait would keep Asterisk busy until the caller hangs up.
    func testRoundsWaitWhenNoMembersPhoneIsRegistered() throws {
        let table = try XCTUnwrap(compile(group("jan, piet", overflow: "")).compiled?.routing)
        let dialplan = DialplanFile(String(decoding: AsteriskExtensionsEmitter.emit(table).contents, as: UTF8.self))
        let context = try XCTUnwrap(dialplan.contexts[AsteriskNames(customer: table.customer.id).context("group:sales")!.text])
        let priorities = try XCTUnwrap(context.extensions["s"])
        let loop = try XCTUnwrap(priorities.firstIndex { $0.app == "Goto" && $0.args == "s,ring" })
        XCTAssertEqual(priorities[loop].label, "again")
        XCTAssertEqual(priorities[loop - 1].app, "Wait")
        let checks = priorities[..<loop].filter { $0.app == "GotoIf" && $0.args.contains("DEVICE_STATE") && $0.args.hasSuffix("?again") }
        XCTAssertEqual(checks.count, 1, "one check per phone of the members: \(priorities.map(\.app))")
    }

    func run(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) throws
        -> (trace: CallTrace, rung: [String], ended: String, warnings: [String]) {
        let (diagnostics, compiled) = compile(yaml)
        let table = try XCTUnwrap(compiled?.routing, "\(diagnostics)", file: file, line: line)
        let moment = try at("2026-11-24 10:00")
        let trace = CallSimulator(table: table).trace("101", at: moment, keys: "")
        let helper = DialplanRoutesLikeTraceTests.self
        let dialplan = DialplanFile(String(decoding: AsteriskExtensionsEmitter.emit(table).contents, as: UTF8.self))
        let queues = helper.queueEndpoints(String(decoding: AsteriskQueuesEmitter.emit(table).contents, as: UTF8.self),
                                           dialplan: dialplan)
        var interpreter = DialplanInterpreter(dialplan: dialplan, queues: queues, at: moment, zone: table.customer.timezone, keys: "")
        let outcome = interpreter.run(context: AsteriskNames(customer: table.customer.id).extensions.text, exten: "101")
        XCTAssertNil(outcome.problem, file: file, line: line)
        XCTAssertEqual(outcome.rung, helper.rung(trace, table), "who rings", file: file, line: line)
        let ended = helper.node(outcome, names: AsteriskNames(customer: table.customer.id), table: table)
        XCTAssertEqual(ended, trace.outcome, "where it ends", file: file, line: line)
        return (trace, outcome.rung, ended, diagnostics.filter { $0.rule == "target-without-device" }.map(\.message))
    }

    func testMembersWithoutDeviceAreSkippedAndSaidSo() throws {
        let r = try run(group("jan, piet", overflow: ", overflow: { after_seconds: 30, to: voicemail }"))
        XCTAssertEqual(r.rung.count, 1)
        let ring = try XCTUnwrap(r.trace.steps.first { $0.event == "ring" })
        XCTAssertTrue(ring.detail.contains("piet has no device and rings nobody"), ring.detail)
        XCTAssertEqual(ring.ringing, ["user:jan"])
        XCTAssertEqual(r.warnings.count, 1)
    }

    func testNoMemberWithADeviceOverflowsAfterTheWait() throws {
        let r = try run(group("piet, kees", overflow: ", overflow: { after_seconds: 30, to: voicemail }"))
        XCTAssertEqual(r.rung, [])
        XCTAssertEqual(r.ended, "voicemail")
        XCTAssertTrue(r.trace.steps.contains { $0.detail.contains("no member has a device, so nobody rings") })
        XCTAssertEqual(r.warnings.count, 2)
    }

    func testNoMemberWithADeviceAndNoOverflowEndsTheCall() throws {
        let r = try run(group("piet, kees", overflow: ""))
        XCTAssertEqual(r.rung, [])
        XCTAssertTrue(r.trace.steps.contains { $0.detail == "no overflow is set: the call ends" })
    }
}
