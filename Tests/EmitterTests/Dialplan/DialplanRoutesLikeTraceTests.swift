import Compiler
@testable import Emitters
import Foundation
import TestSupport
import XCTest

/// The generated dialplan routes every call as `pbxc trace` (and so routing.json)
/// says: the same phones ring, in the same order, and the call ends at the same
/// place — for every example customer, number and extension, at opening and closing
/// times, weekends, holidays and across DST, with several key sequences.
final class DialplanRoutesLikeTraceTests: XCTestCase {
    static let times = [
        "2026-11-24 10:00", "2026-11-24 08:29", "2026-11-24 08:30", "2026-11-24 17:29", "2026-11-24 17:30",
        "2026-11-28 10:30", "2026-11-29 11:00", "2026-12-25 10:00", "2026-12-24 10:00", "2027-04-27 10:00",
        "2027-03-29 10:00", "2026-07-21 10:00", "2026-10-03 10:00", "2026-06-15 12:30", "2026-03-30 09:00",
    ]
    static let keySequences = ["", "1", "2", "3", "9", "0", "*", "#", "4", "01", "91"]

    func testDialplanAgreesWithTrace() throws {
        let compiled = try compiledExamples()
        var compared = 0
        for built in try builtExamples() {
            let table = try XCTUnwrap(compiled[built.id]).routing
            let byName = Dictionary(uniqueKeysWithValues: built.files.map { (String($0.path.split(separator: "/").last!), text($0)) })
            let dialplan = DialplanFile(byName["extensions.conf"]!)
            let queues = Self.queueEndpoints(byName["queues.conf"]!, dialplan: dialplan)
            let names = AsteriskNames(customer: table.customer.id)
            let numbers = Array(table.numbers.keys.sorted().prefix(4)) + table.numbers.filter { $0.value != table.unassignedNumbers }.keys.sorted()
            for when in Self.times {
                let moment = try LocalDateTime.parse(when, zone: table.customer.timezone)
                for keys in Self.keySequences {
                    for (dialled, context) in numbers.map({ ($0, names.inbound.text) }) + table.extensions.keys.sorted().map({ ($0, names.extensions.text) }) {
                        let trace = CallSimulator(table: table).trace(dialled, at: moment, keys: keys)
                        var interpreter = DialplanInterpreter(dialplan: dialplan, queues: queues, at: moment,
                                                              zone: table.customer.timezone, keys: keys)
                        let run = interpreter.run(context: context, exten: dialled)
                        let label = "\(built.id) \(dialled) at \(when) keys `\(keys)`"
                        XCTAssertNil(run.problem, label)
                        XCTAssertEqual(run.rung, Self.rung(trace, table), "\(label): who rings")
                        XCTAssertEqual(Self.node(run, names: names, table: table), trace.outcome, "\(label): where it ends")
                        compared += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(compared, 1000)
    }

    /// Endpoints a trace rings, in order, once each.
    static func rung(_ trace: CallTrace, _ table: RoutingTable) -> [String] {
        var result: [String] = []
        for step in trace.steps where step.event == "ring" {
            for user in step.ringing ?? [] {
                guard case .user(let u) = table.nodes[user] else { continue }
                for e in u.endpoints where !result.contains(e) { result.append(e) }
            }
        }
        return result
    }

    /// The node whose context the dialplan stopped in.
    static func node(_ run: DialplanInterpreter.Outcome, names: AsteriskNames, table: RoutingTable) -> String {
        if run.context == names.end.text { return run.exten }
        if run.context == names.external.text { return "external:\(run.exten)" }
        for id in table.nodes.keys {
            if names.context(id)?.text == run.context { return id }
            if id.hasPrefix("menu:") {
                let menu = String(id.dropFirst(5))
                if run.context == names.menuState(menu, open: true).text || run.context == names.menuState(menu, open: false).text {
                    return id
                }
            }
        }
        return "?\(run.context)/\(run.exten)"
    }

    /// Queue → endpoints of its members, through the members context's Dial.
    static func queueEndpoints(_ text: String, dialplan: DialplanFile) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for (queue, section) in DialplanStructureTests.sections(text, typeKeyed: false) {
            for member in (section["member"] ?? "").split(separator: "\n") {
                let local = member.split(separator: ",")[0].dropFirst("Local/".count).split(separator: "/")[0].split(separator: "@")
                let dial = dialplan.contexts[String(local[1])]?.extensions[String(local[0])]?.first { $0.app == "Dial" }
                result[queue, default: []] += (dial?.args.split(separator: "&") ?? []).map { String($0.dropFirst("PJSIP/".count)) }
            }
        }
        return result
    }
}
