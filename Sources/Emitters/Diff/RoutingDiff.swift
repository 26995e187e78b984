import Compiler
import Foundation

/// What a change does to callers, per customer, in routing terms: numbers whose
/// destination changes when open, after hours or on holidays; extensions; hunt-group
/// members and overflow; menu keys; users' forwards; devices added, removed or moved.
/// Built from two compiled revisions; never mentions a secret.
public struct RoutingDiff: Codable, Equatable, Sendable {
    public var customer: String
    public var changes: [Change]

    public struct Change: Codable, Equatable, Sendable {
        /// `customer`, `number`, `extension`, `group`, `menu`, `user`, `device`.
        public var kind: String
        public var text: String
        /// Routing nodes the change is about (for drawing the changed part).
        public var nodes: [String]
    }

    public init(customer: String, old: CompiledCustomer?, new: CompiledCustomer?) {
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
            Self.extensions(old.routing, new.routing, add)
            Self.entities(old.routing, new.routing, add)
            Self.devices(old, new, add)
        }
        self.changes = changes
    }

    typealias Add = (String, String, [String]) -> Void

    /// Numbers: for each state, consecutive numbers whose (before, after) is the same
    /// are one line.
    static func numbers(_ old: RoutingTable, _ new: RoutingTable, _ add: Add) {
        let before = StateLabels(table: old), after = StateLabels(table: new)
        let all = Set(old.numbers.keys).union(new.numbers.keys).sorted { ($0.count, $0) < ($1.count, $1) }
        let states: [(StateLabels.State, String)] = [(.open, "when open"), (.closed, "after hours"), (.holiday, "on holidays")]
        var runs: [(first: String, last: String, what: String, node: String?)] = []
        for number in all {
            var what: String?
            switch (old.numbers[number], new.numbers[number]) {
            case (nil, let to?): what = "added → \(after.describe(to, .open))"
            case (let from?, nil): what = "removed (was \(before.describe(from, .open)))"
            case (let from?, let to?):
                let parts = states.compactMap { state, name -> String? in
                    let a = before.describe(from, state), b = after.describe(to, state)
                    return a == b ? nil : "\(name): \(a) → \(b)"
                }
                if !parts.isEmpty { what = parts.joined(separator: "; ") }
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

    static func extensions(_ old: RoutingTable, _ new: RoutingTable, _ add: Add) {
        let before = StateLabels(table: old), after = StateLabels(table: new)
        for ext in Set(old.extensions.keys).union(new.extensions.keys).sorted() {
            switch (old.extensions[ext], new.extensions[ext]) {
            case (nil, let to?): add("extension", "extension \(ext) added: \(after.label(to))", [to])
            case (let from?, nil): add("extension", "extension \(ext) removed (was \(before.label(from)))", [])
            case (let from?, let to?) where before.label(from) != after.label(to):
                add("extension", "extension \(ext): \(before.label(from)) → \(after.label(to))", [to])
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
                    "\(before.label(id)) removed", [])
            case (.huntGroup(let a)?, .huntGroup(let b)?):
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
                for (state, x, y) in [("open", Optional(a.open), Optional(b.open)), ("closed", a.closed, b.closed)] {
                    let keysA = x.map { Self.keys($0, before) } ?? [:], keysB = y.map { Self.keys($0, after) } ?? [:]
                    for key in Set(keysA.keys).union(keysB.keys).sorted() where keysA[key] != keysB[key] {
                        add("menu", "\(after.label(id)) (\(state)) key \(key): \(keysA[key] ?? "nothing") → \(keysB[key] ?? "nothing")", [id])
                    }
                }
            case (.user(let a)?, .user(let b)?):
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
