import Compiler
import Foundation
import TestSupport
import XCTest

/// Lowering of the config language into the routing IR.
final class RoutingCompilerTests: XCTestCase {
    /// Every node id the table refers to.
    func references(_ t: RoutingTable) -> Set<String> {
        var refs = Set(t.numbers.values).union(t.extensions.values)
        refs.insert(t.nightMode.to)
        refs.insert(t.unassignedNumbers)
        for node in t.nodes.values {
            if let night = node.nightMode { refs.insert(night.to) }
            switch node {
            case .user(let u):
                refs.formUnion([u.onBusy, u.onNoAnswer, u.onUnreachable] + [u.forwardAlways].compactMap { $0 })
            case .huntGroup(let g):
                refs.formUnion(g.members + [g.overflowTo].compactMap { $0 })
            case .menu(let m):
                for state in [m.open] + [m.closed].compactMap({ $0 }) {
                    refs.formUnion(state.keys.values.compactMap(\.to) + [state.reception, state.to].compactMap { $0 })
                }
            default: break
            }
        }
        return refs
    }

    func testEveryReferenceOfEveryExampleIsANode() throws {
        let examples = try compiledExamples()
        XCTAssertEqual(examples.count, 6)
        for (id, compiled) in examples {
            let missing = references(compiled.routing).subtracting(compiled.routing.nodes.keys)
            XCTAssertTrue(missing.isEmpty, "\(id): \(missing)")
        }
    }

    func testRoutingJSONRoundTripsAndTracesTheSame() throws {
        for (_, compiled) in try compiledExamples() {
            let table = compiled.routing
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let decoded = try JSONDecoder().decode(RoutingTable.self, from: encoder.encode(table))
            XCTAssertEqual(decoded, table)
            for number in table.numbers.keys.sorted().prefix(3) + table.extensions.keys.sorted() {
                for when in ["2026-11-24 10:00", "2026-11-28 10:00", "2026-12-25 03:00"] {
                    for keys in ["", "1", "2", "9", "7"] {
                        let a = CallSimulator(table: table).trace(number, at: try at(when), keys: keys)
                        let b = CallSimulator(table: decoded).trace(number, at: try at(when), keys: keys)
                        XCTAssertEqual(a, b)
                    }
                }
            }
        }
    }

    func testHeldNumbersGoToTheirOwnerOrUnassigned() throws {
        let acme = try XCTUnwrap(try compiledExamples()["acme"]).routing
        XCTAssertEqual(acme.numbers.count, 101)
        XCTAssertEqual(acme.numbers["+31887654000"], "menu:main")
        XCTAssertEqual(acme.numbers["+31887654020"], "group:support")
        XCTAssertEqual(acme.numbers["+31887654099"], "menu:main")  // unassigned_numbers: main
        XCTAssertEqual(acme.extensions["999"], "voicemail")
        XCTAssertEqual(acme.extensions["101"], "group:sales")
    }

    func testWithoutUnassignedNumbersTheyAreRefused() throws {
        let (diagnostics, compiled) = compile(customer(
            #"users: [{ id: jan, name: Jan, extension: "201", number: "+31887654001" }]"#,
            company: #"company: { number: "+31887654001" }"#))
        let table = try XCTUnwrap(compiled?.routing, "\(diagnostics)")
        XCTAssertEqual(table.numbers["+31887654001"], "user:jan")
        XCTAssertEqual(table.numbers["+31887654002"], "refused")
        let trace = CallSimulator(table: table).trace("+31887654002", at: try at("2026-11-24 10:00"), keys: "")
        XCTAssertEqual(trace.outcome, "refused")
    }

    func testUserForwardingAndVoicemail() throws {
        let (diagnostics, compiled) = compile(customer("""
        users:
          - id: jan
            name: Jan
            extension: "201"
            voicemail: { email: jan@example.com, when: [busy, no_answer], rings: 3 }
            forward: { unreachable: "+31612345678" }
            devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: generate }]
          - id: piet
            name: Piet
            extension: "202"
            forward: { always: jan }
          - id: kees
            name: Kees
            extension: "203"
            voicemail: { email: kees@example.com, when: [always] }
          - id: anna
            name: Anna
            extension: "204"
            call_waiting: false
            forward: { busy: piet, no_answer: { to: kees, rings: 2 } }
        """))
        let table = try XCTUnwrap(compiled?.routing, "\(diagnostics)")
        guard case .user(let jan) = table.nodes["user:jan"], case .user(let piet) = table.nodes["user:piet"],
              case .user(let kees) = table.nodes["user:kees"], case .user(let anna) = table.nodes["user:anna"] else {
            XCTFail("users missing")
            return
        }
        XCTAssertEqual(jan.ringSeconds, 15)
        XCTAssertTrue(jan.onBusy == "voicemail:jan" && jan.onNoAnswer == "voicemail:jan")
        XCTAssertEqual(jan.onUnreachable, "external:+31612345678")
        XCTAssertEqual(jan.endpoints, ["test-jan-1"])
        XCTAssertEqual(piet.forwardAlways, "user:jan")
        XCTAssertEqual(kees.forwardAlways, "voicemail:kees")
        XCTAssertTrue(anna.onBusy == "user:piet" && anna.onNoAnswer == "user:kees" && anna.ringSeconds == 10)
        XCTAssertTrue(anna.onUnreachable == "user:kees" && !anna.callWaiting)
        XCTAssertEqual(anna.callerID, "+31887654000")
    }

    func testHuntGroupDefaultsAndPolicies() throws {
        let (diagnostics, compiled) = compile(customer("""
        users:
          - { id: jan, name: Jan, extension: "201" }
          - { id: piet, name: Piet, extension: "202" }
        hunt_groups:
          - { id: a, name: A, extension: "101", policy: fixed_order, members: [jan, "202"], overflow: { to: voicemail } }
          - { id: b, name: B, extension: "102", policy: uniform, members: [piet], next_member_after_rings: 6, overflow: { after_seconds: 40, to: jan } }
        """))
        let table = try XCTUnwrap(compiled?.routing, "\(diagnostics)")
        guard case .huntGroup(let a) = table.nodes["group:a"], case .huntGroup(let b) = table.nodes["group:b"] else {
            XCTFail("groups missing")
            return
        }
        XCTAssertTrue(a.members == ["user:jan", "user:piet"] && a.policy == .fixedOrder)
        XCTAssertTrue(a.ringSeconds == 20 && a.overflowSeconds == 30 && a.overflowTo == "voicemail")
        XCTAssertTrue(b.ringSeconds == 30 && b.overflowSeconds == 40 && b.overflowTo == "user:jan" && b.policy == .uniform)
    }

    func testEntityNightModeOnAndOff() throws {
        let (diagnostics, compiled) = compile(customer("""
        users:
          - { id: jan, name: Jan, extension: "201", number: "+31887654001", night_mode: off, devices: [\(phone(1))] }
          - { id: piet, name: Piet, extension: "202", number: "+31887654002", night_mode: { mode: on, to: jan }, devices: [\(phone(2))] }
          - { id: kees, name: Kees, extension: "203", number: "+31887654003", devices: [\(phone(3))] }
        """, company: #"company: { number: "+31887654001", unassigned_numbers: voicemail, night_mode: { mode: auto, office_hours: office-hours, holidays: closed-days } }"#))
        let table = try XCTUnwrap(compiled?.routing, "\(diagnostics)")
        let night = try at("2026-11-24 22:00"), day = try at("2026-11-24 10:00")
        let sim = CallSimulator(table: table)
        XCTAssertTrue(sim.trace("+31887654001", at: night, keys: "").steps.contains { $0.event == "ring" && $0.node == "user:jan" })
        XCTAssertTrue(sim.trace("+31887654002", at: day, keys: "").steps.contains { $0.event == "ring" && $0.node == "user:jan" })
        XCTAssertEqual(sim.trace("+31887654003", at: night, keys: "").outcome, "voicemail")
        XCTAssertTrue(sim.trace("+31887654003", at: day, keys: "").steps.contains { $0.event == "ring" && $0.node == "user:kees" })
        // An internal call skips night mode at its first stop.
        XCTAssertTrue(sim.trace("203", at: night, keys: "").steps.contains { $0.event == "ring" && $0.node == "user:kees" })
    }

    func testMenuKeysAndStates() throws {
        let (diagnostics, compiled) = compile(customer("""
        users:
          - { id: jan, name: Jan, extension: "201", devices: [\(phone(1))] }
          - { id: receptie, name: Receptie, extension: "209", devices: [\(phone(2))] }
        ivr_menus:
          - id: main
            name: Main
            extension: "555"
            number: "+31887654000"
            office_hours: office-hours
            holidays: closed-days
            open:
              greeting: greetings/welcome.wav
              options: { "1": jan, "4": none, "9": dial_by_extension, "#": hangup }
              reception: receptie
              timeout_seconds: 7
            closed: { to: voicemail }
        """))
        let table = try XCTUnwrap(compiled?.routing, "\(diagnostics.map(\.message))")
        guard case .menu(let menu) = table.nodes["menu:main"] else {
            XCTFail("menu missing")
            return
        }
        XCTAssertNil(menu.open.keys["4"])  // `none`: an invalid choice
        XCTAssertTrue(menu.open.timeoutSeconds == 7 && menu.closed?.to == "voicemail")
        let sim = CallSimulator(table: table)
        let open = try at("2026-11-24 10:00")
        XCTAssertTrue(sim.trace("+31887654000", at: open, keys: "9209").steps.contains { $0.event == "ring" && $0.node == "user:receptie" })
        XCTAssertTrue(sim.trace("+31887654000", at: open, keys: "41").steps.contains { $0.event == "ring" && $0.node == "user:jan" })
        XCTAssertEqual(sim.trace("+31887654000", at: open, keys: "#").outcome, "menu:main")
        XCTAssertEqual(sim.trace("+31887654000", at: try at("2026-12-26 10:00"), keys: "1").outcome, "voicemail")
    }

    func testSchedulesAreMergedSpansWithClosingDaysForTenYears() throws {
        let (diagnostics, compiled) = compile(customer("", schedules: """
        schedules:
          shop: { hours: { mon-sat: "09:00-12:00, 12:00-17:00", sat: "10:00-13:00" }, holidays: BE, dates: ["2027-01-02", "2026-07-27 - 2026-08-02"] }
          always: { holidays: NL }
        """))
        let table = try XCTUnwrap(compiled?.routing, "\(diagnostics.map(\.message))")
        let shop = try XCTUnwrap(table.schedules["shop"])
        XCTAssertEqual(shop.hours.first, WeeklySpan(day: "mon", start: 540, end: 1020))
        XCTAssertEqual(shop.hours.filter { $0.day == "sat" }, [WeeklySpan(day: "sat", start: 540, end: 1020)])
        XCTAssertTrue(shop.closedDays.contains(ClosedDay(date: "2026-07-21", name: "Nationale feestdag")))
        XCTAssertTrue(shop.closedDays.contains(ClosedDay(date: "2027-07-21", name: "Nationale feestdag")))
        XCTAssertTrue(shop.closedDays.contains { $0.date == "2027-01-02" })
        // A configuration left unbuilt still closes on the holidays of the years after.
        XCTAssertTrue(shop.closedDays.contains(ClosedDay(date: "2028-12-25", name: "Kerstmis")), "\(shop.closedDays.filter { $0.date.hasPrefix("2028-12") })")
        XCTAssertTrue(shop.closedDays.contains { $0.date == "2035-12-25" })
        XCTAssertTrue(!shop.closedDays.contains { $0.date.hasPrefix("2036") })
        // A holiday period closes every day from its first to its last.
        for day in 27...31 { XCTAssertTrue(shop.closedDays.contains { $0.date == "2026-07-\(day)" }, "2026-07-\(day)") }
        XCTAssertTrue(shop.closedDays.contains { $0.date == "2026-08-02" })
        XCTAssertTrue(!shop.closedDays.contains { $0.date == "2026-08-03" })
        XCTAssertEqual(table.schedules["always"]?.hours.count, 7)
    }

    func testOutboundBarringPrefixesPerCountry() throws {
        let (diagnostics, compiled) = compile(customer("", company: #"company: { number: "+31887654000", unassigned_numbers: voicemail, block_outbound: [international, mobile, "0906"] }"#))
        let table = try XCTUnwrap(compiled?.routing, "\(diagnostics)")
        let barred = Dictionary(uniqueKeysWithValues: table.outbound.barred.map { ($0.name, $0) })
        // Every dialled form: national, +CC and 00CC; a call home is not international.
        XCTAssertTrue(barred["international"]?.prefixes == ["00", "+"] && barred["international"]?.except == ["+31", "0031"])
        XCTAssertEqual(barred["mobile"]?.prefixes, ["06", "+316", "00316"])
        XCTAssertEqual(barred["0906"]?.prefixes, ["0906", "+31906", "0031906"])
    }

    /// What Asterisk does with the outbound context: the most specific `_prefix.` pattern
    /// that matches wins (a literal digit beats `.`), so `0031906…` is barred although
    /// `0031…` (home) is allowed, and `004930…` is as international as `+4930…`.
    func testOutboundBarringCoversEveryDialledForm() throws {
        let (diagnostics, compiled) = compile(customer("", company: #"company: { number: "+31887654000", unassigned_numbers: voicemail, block_outbound: [international, "0906"] }"#))
        let table = try XCTUnwrap(compiled?.routing, "\(diagnostics)")
        func barred(_ dialled: String) -> Bool {
            var best: (length: Int, barred: Bool)?
            for barring in table.outbound.barred {
                for prefix in barring.prefixes where dialled.hasPrefix(prefix) && prefix.count > (best?.length ?? -1) {
                    best = (prefix.count, true)
                }
                for prefix in barring.except where dialled.hasPrefix(prefix) && prefix.count > (best?.length ?? -1) {
                    best = (prefix.count, false)
                }
            }
            return best?.barred ?? false
        }
        for number in ["0906123456", "+31906123456", "0031906123456", "004930123456", "+4930123456"] {
            XCTAssertTrue(barred(number), number)
        }
        for number in ["0887654011", "+31887654011", "0031887654011", "112"] {
            XCTAssertFalse(barred(number), number)
        }
    }
}
