import Compiler
import Foundation

/// What a change does to callers, per customer: numbers that enter a different node;
/// what calls do at other times of the week or on holidays (`CallOutcomeDiff`, through
/// `pbxc trace`'s simulator); extensions; hunt-group members and overflow; menu keys;
/// users' forwards; night-mode destinations; devices added, removed or moved; order,
/// porting and move documents field by field (`DocumentDiff`). Built from two compiled
/// revisions; never mentions a secret. Each change is said once.
public struct RoutingDiff: Codable, Equatable, Sendable {
    public var customer: String
    public var changes: [Change]

    public struct Change: Codable, Equatable, Sendable {
        /// `customer`, `number`, `calls`, `extension`, `group`, `menu`, `user`,
        /// `night_mode`, `device`, `order`, `porting`, `move`.
        public var kind: String
        public var text: String
        /// Routing nodes the change is about (for drawing the changed part).
        public var nodes: [String]
    }

    /// `year` is the build year: its reference week and closing days are where calls are compared.
    public init(customer: String, old: CompiledCustomer?, new: CompiledCustomer?, year: Int) {
        self.customer = customer
        var changes: [Change] = []
        func add(_ kind: String, _ text: String, _ nodes: [String] = []) {
            changes.append(Change(kind: kind, text: text, nodes: nodes))
        }
        switch (old, new) {
        case (nil, nil): break
        case (nil, let new?): add("customer", "customer \(customer) added: \(new.routing.customer.name)")
        case (_?, nil): add("customer", "customer \(customer) removed")
        case (let old?, let new?):
            Self.numbers(old.routing, new.routing, add)
            changes += CallOutcomeDiff.changes(old.routing, new.routing, year: year)
            Self.extensions(old.routing, new.routing, add)
            Self.entities(old.routing, new.routing, add)
            Self.nightMode(old.routing, new.routing, add)
            Self.devices(old, new, add)
            changes += DocumentDiff.changes(old, new)
        }
        self.changes = changes
    }

    typealias Add = (String, String, [String]) -> Void

    /// Numbers added, removed, or entering another node; consecutive numbers with the
    /// same change are one line. (What calls to a number do at other times, when its
    /// entry stays, is `CallOutcomeDiff`'s.)
    static func numbers(_ old: RoutingTable, _ new: RoutingTable, _ add: Add) {
        let before = StateLabels(table: old), after = StateLabels(table: new)
        var runs: [(first: String, last: String, what: String, node: String?)] = []
        for number in Set(old.numbers.keys).union(new.numbers.keys).sorted(by: NumberRuns.order) {
            var what: String?
            switch (old.numbers[number], new.numbers[number]) {
            case (nil, let to?): what = "added → \(after.label(to))"
            case (let from?, nil): what = "removed (was \(before.label(from)))"
            case (let from?, let to?) where from != to:
                what = "now enters \(after.label(to)), was \(before.label(from))"
            default: break
            }
            guard let what else { continue }
            if let last = runs.last, last.what == what, let n = UInt64(last.last.dropFirst()), UInt64(number.dropFirst()) == n + 1 {
                runs[runs.count - 1].last = number
            } else {
                runs.append((number, number, what, new.numbers[number]))
            }
        }
        for run in runs {
            let numbers = run.first == run.last ? run.first : "\(run.first) – \(run.last)"
            add("number", "\(numbers) \(run.what)", ["number:\(run.first)"] + [run.node].compactMap { $0 })
        }
    }

    /// Extensions added, removed or pointing elsewhere. An extension that comes or goes
    /// with its user, group or menu is said by that entity's line; one that moves to
    /// another number for the same entity is one line.
    static func extensions(_ old: RoutingTable, _ new: RoutingTable, _ add: Add) {
        let before = StateLabels(table: old), after = StateLabels(table: new)
        var added: [String: String] = [:], removed: [String: String] = [:]
        for ext in Set(old.extensions.keys).union(new.extensions.keys).sorted() {
            switch (old.extensions[ext], new.extensions[ext]) {
            case (nil, let to?) where old.nodes[to] != nil: added[to] = added[to] ?? ext
            case (let from?, nil) where new.nodes[from] != nil: removed[from] = removed[from] ?? ext
            case (let from?, let to?) where from != to:
                add("extension", "extension \(ext): \(before.label(from)) → \(after.label(to))", [to])
            default: break
            }
        }
        for node in Set(added.keys).union(removed.keys).sorted() {
            switch (removed[node], added[node]) {
            case (let was?, let now?): add("extension", "\(after.label(node)): extension \(was) → \(now)", [node])
            case (nil, let now?): add("extension", "extension \(now) added: \(after.label(node))", [node])
            case (let was?, nil): add("extension", "extension \(was) removed (was \(before.label(node)))", [])
            default: break
            }
        }
    }

    /// Groups, menus and users that both revisions have, compared field by field.
    static func entities(_ old: RoutingTable, _ new: RoutingTable, _ add: Add) {
        let before = StateLabels(table: old), after = StateLabels(table: new)
        func names(_ ids: [String], _ labels: StateLabels) -> String { ids.map(labels.label).joined(separator: ", ") }
        for id in Set(old.nodes.keys).union(new.nodes.keys).sorted() {
            switch (old.nodes[id], new.nodes[id]) {
            case (nil, .user?), (nil, .huntGroup?), (nil, .menu?):
                add(new.nodes[id]!.kind == "user" ? "user" : new.nodes[id]!.kind == "menu" ? "menu" : "group",
                    "\(after.label(id)) added", [id])
            case (.user?, nil), (.huntGroup?, nil), (.menu?, nil):
                add(old.nodes[id]!.kind == "user" ? "user" : old.nodes[id]!.kind == "menu" ? "menu" : "group",
                    "\(before.label(id)) removed", [id])
            case (.huntGroup(let a)?, .huntGroup(let b)?):
                if a.name != b.name { add("group", "hunt group \(b.id) renamed: \(a.name) → \(b.name)", [id]) }
                if a.members.map(before.label) != b.members.map(after.label) {
                    add("group", "\(after.label(id)): members \(names(a.members, before)) → \(names(b.members, after))", [id])
                }
                if a.policy != b.policy { add("group", "\(after.label(id)): \(a.policy.rawValue) → \(b.policy.rawValue)", [id]) }
                let overflowA = a.overflowTo.map { "\(before.label($0)) after \(a.overflowSeconds ?? 0) s" } ?? "none"
                let overflowB = b.overflowTo.map { "\(after.label($0)) after \(b.overflowSeconds ?? 0) s" } ?? "none"
                if overflowA != overflowB { add("group", "\(after.label(id)): overflow \(overflowA) → \(overflowB)", [id]) }
                let switches: [(String, String, String)] = [
                    ("next member", a.nextMember ? "on" : "off", b.nextMember ? "on" : "off"),
                    ("busy tone", a.busyTone ? "on" : "off", b.busyTone ? "on" : "off"),
                    ("with no internet", a.noInternet.map(before.label) ?? "no forward", b.noInternet.map(after.label) ?? "no forward"),
                ]
                for (what, x, y) in switches where x != y { add("group", "\(after.label(id)): \(what) \(x) → \(y)", [id]) }
            case (.menu(let a)?, .menu(let b)?):
                if a.name != b.name { add("menu", "menu \(b.id) renamed: \(a.name) → \(b.name)", [id]) }
                for (state, x, y) in [("open", Optional(a.open), Optional(b.open)), ("closed", a.closed, b.closed)] {
                    let keysA = x.map { Self.keys($0, before) } ?? [:], keysB = y.map { Self.keys($0, after) } ?? [:]
                    for key in Set(keysA.keys).union(keysB.keys).sorted() where keysA[key] != keysB[key] {
                        add("menu", "\(after.label(id)) (\(state)) key \(key): \(keysA[key] ?? "nothing") → \(keysB[key] ?? "nothing")", [id])
                    }
                }
            case (.user(let a)?, .user(let b)?):
                if a.name != b.name { add("user", "user \(b.id) renamed: \(a.name) → \(b.name)", [id]) }
                let fields: [(String, String?, String?)] = [
                    ("forwards every call", a.forwardAlways.map(before.label), b.forwardAlways.map(after.label)),
                    ("on no answer", before.label(a.onNoAnswer), after.label(b.onNoAnswer)),
                    ("when busy", before.label(a.onBusy), after.label(b.onBusy)),
                    ("when unreachable", before.label(a.onUnreachable), after.label(b.onUnreachable)),
                    ("rings", "\(a.ringSeconds) s", "\(b.ringSeconds) s"),
                    ("rings at the same time", Self.list(a.simring), Self.list(b.simring)),
                    ("refuses every outside caller", a.blockAll ? "yes" : nil, b.blockAll ? "yes" : nil),
                    ("refuses withheld numbers", a.blockAnonymous ? "yes" : nil, b.blockAnonymous ? "yes" : nil),
                    ("blocks callers", Self.blocks(a.callerBlocks), Self.blocks(b.callerBlocks)),
                ]
                for (what, x, y) in fields where x != y {
                    add("user", "\(after.label(id)) \(what): \(x ?? "no") → \(y ?? "no")", [id])
                }
            default: break
            }
        }
    }

    /// Where night mode sends calls: the company's destination, and each entity's own
    /// (whether night mode is on at a moment is said as calls, by `CallOutcomeDiff`).
    static func nightMode(_ old: RoutingTable, _ new: RoutingTable, _ add: Add) {
        let before = StateLabels(table: old), after = StateLabels(table: new)
        if before.label(old.nightMode.to) != after.label(new.nightMode.to) {
            add("night_mode", "company night mode now sends calls to \(after.label(new.nightMode.to)), was \(before.label(old.nightMode.to))",
                [new.nightMode.to])
        }
        for id in Set(old.nodes.keys).intersection(new.nodes.keys).sorted() {
            guard let a = old.nodes[id]?.nightMode, let b = new.nodes[id]?.nightMode,
                  a.to != old.nightMode.to || b.to != new.nightMode.to,  // else the company's line says it
                  before.label(a.to) != after.label(b.to) else { continue }
            add("night_mode", "\(after.label(id)): night mode now sends calls to \(after.label(b.to)), was \(before.label(a.to))", [id])
        }
    }

    static func list(_ numbers: [String]) -> String? {
        numbers.isEmpty ? nil : numbers.joined(separator: ", ")
    }

    /// `+31612345678 (within lunch); +31201234567`.
    static func blocks(_ blocks: [CallerBlockNode]) -> String? {
        blocks.isEmpty ? nil : blocks.map { block in
            block.numbers.joined(separator: ", ") + (block.schedule.map { " (within \($0))" } ?? "")
        }.joined(separator: "; ")
    }

    /// A menu state's keys in words; `none` reads as "starts again", etc.
    static func keys(_ state: MenuState, _ labels: StateLabels) -> [String: String] {
        var result: [String: String] = [:]
        for (key, action) in state.keys {
            result[key] = action.to.map(labels.label) ?? action.action.rawValue.replacingOccurrences(of: "_", with: " ")
        }
        if let to = state.to { result["(straight)"] = labels.label(to) }
        if let reception = state.reception { result["(no key)"] = labels.label(reception) }
        return result
    }

    /// Devices by MAC: added, removed, or moved between users.
    static func devices(_ old: CompiledCustomer, _ new: CompiledCustomer, _ add: Add) {
        func byMAC(_ c: CompiledCustomer) -> [String: DeviceEndpoint] {
            Dictionary(c.endpoints.map { ($0.mac, $0) }, uniquingKeysWith: { a, _ in a })
        }
        let a = byMAC(old), b = byMAC(new)
        for mac in Set(a.keys).union(b.keys).sorted() {
            let shown = stride(from: 0, to: mac.count, by: 2).map { i -> String in
                let start = mac.index(mac.startIndex, offsetBy: i)
                return String(mac[start..<mac.index(start, offsetBy: 2)])
            }.joined(separator: ":")
            switch (a[mac], b[mac]) {
            case (nil, let d?): add("device", "device \(shown) (\(d.model)) added for \(d.userID)", [NodeID.user(d.userID)])
            case (let d?, nil): add("device", "device \(shown) (\(d.model)) of \(d.userID) removed", [])
            case (let x?, let y?) where x.userID != y.userID:
                add("device", "device \(shown) moved from \(x.userID) to \(y.userID)", [NodeID.user(y.userID)])
            case (let x?, let y?) where x.model != y.model:
                add("device", "device \(shown) of \(y.userID): \(x.model) → \(y.model)", [])
            default: break
            }
        }
    }
}
