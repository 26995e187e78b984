import Compiler

/// The call flow of one customer as a graph, built once from the routing IR and
/// drawn by the Mermaid and DOT emitters: held numbers (consecutive ones with the
/// same entry joined) → their entry; menus with their keys per state; groups with
/// their members in order and overflow; users' forwards; night mode. Node ids are
/// the IR's, so they are stable and a diff of two diagrams shows only what changed.
struct CallFlowGraph {
    enum Shape: String { case number, menu, group, user, voicemail, external, end }
    enum Style { case call, member, night }

    struct Node {
        var id: String
        var lines: [String]
        var shape: Shape
    }

    struct Edge {
        var from: String
        var to: String
        var label: String?
        var style: Style = .call
    }

    private(set) var nodes: [Node] = []
    private(set) var edges: [Edge] = []
    /// Held numbers joined into runs of consecutive numbers with the same entry.
    private(set) var numberRuns: [(first: String, last: String, count: Int, entry: String)] = []

    init(_ table: RoutingTable) {
        var used = Set<String>()
        func edge(_ from: String, _ to: String, _ label: String?, _ style: Style = .call) {
            edges.append(Edge(from: from, to: to, label: label, style: style))
            used.insert(to)
        }
        // Held numbers, consecutive ones with the same entry as one range.
        var numberNodes: [Node] = []
        var run: (first: String, last: String, count: Int, to: String)?
        func flush() {
            guard let r = run else { return }
            numberRuns.append((r.first, r.last, r.count, r.to))
            let id = "number:\(r.first)"
            numberNodes.append(Node(id: id, lines: r.count == 1 ? [r.first] : ["\(r.first) – \(r.last)", "\(r.count) numbers"],
                                    shape: .number))
            edge(id, r.to, nil)
        }
        for (number, to) in table.numbers.sorted(by: { ($0.key.count, $0.key) < ($1.key.count, $1.key) }) {
            if let r = run, r.to == to, let last = UInt64(r.last.dropFirst()), UInt64(number.dropFirst()) == last + 1 {
                run = (r.first, number, r.count + 1, to)
            } else {
                flush()
                run = (number, number, 1, to)
            }
        }
        flush()

        let company = table.nightMode
        var entityNodes: [Node] = []
        for (id, node) in table.nodes.sorted(by: { $0.key < $1.key }) {
            if let night = node.nightMode, night.mode == .on || (night.mode == .follow && company.mode != .off) {
                let when = night.mode == .on ? "always" : company.mode == .on ? "on" : "outside \(company.officeHours ?? "office hours")"
                edge(id, night.to, "night mode (\(when))", .night)
            }
            switch node {
            case .menu(let m):
                var lines = ["Menu \(m.id)", m.name]
                if let hours = m.officeHours { lines.append("open: \(hours)") }
                if let holidays = m.holidays { lines.append("closed on: \(holidays)") }
                entityNodes.append(Node(id: id, lines: lines, shape: .menu))
                Self.state(m.open, prefix: m.closed == nil ? "" : "open ", from: id, edge: edge)
                if let closed = m.closed { Self.state(closed, prefix: "closed ", from: id, edge: edge) }
            case .huntGroup(let g):
                let overflow = g.overflowSeconds.map { ", overflow \($0) s" } ?? ""
                entityNodes.append(Node(id: id, lines: ["Hunt group \(g.id)", g.name, "\(g.policy.rawValue)\(overflow)"],
                                        shape: .group))
                for (i, member) in g.members.enumerated() { edge(id, member, "member \(i + 1)", .member) }
                if let to = g.overflowTo, let seconds = g.overflowSeconds { edge(id, to, "after \(seconds) s") }
            case .user(let u):
                entityNodes.append(Node(id: id, lines: [u.name, [u.extensionNumber.map { "ext. \($0)" }, u.number].compactMap { $0 }
                    .joined(separator: " · ")].filter { !$0.isEmpty }, shape: .user))
                if let always = u.forwardAlways {
                    edge(id, always, "always")
                } else {
                    if u.onNoAnswer != NodeID.hangup { edge(id, u.onNoAnswer, "no answer \(u.ringSeconds) s") }
                    if u.onBusy != NodeID.busy && u.onBusy != u.onNoAnswer { edge(id, u.onBusy, "busy") }
                    if u.onUnreachable != u.onNoAnswer { edge(id, u.onUnreachable, "unreachable") }
                }
            case .voicemail(let v):
                entityNodes.append(Node(id: id, lines: [v.owner == "company" ? "Company voicemail" : "Mailbox of \(v.owner)",
                                                        v.allowMessages ? v.mailbox : "greeting, no messages"], shape: .voicemail))
            case .external(let e):
                entityNodes.append(Node(id: id, lines: [e.number], shape: .external))
            case .end(let e):
                entityNodes.append(Node(id: id, lines: [e.signal], shape: .end))
            }
        }
        // Ends and outside numbers only where something leads to them.
        nodes = numberNodes + entityNodes.filter { !($0.shape == .end || $0.shape == .external) || used.contains($0.id) }
    }

    /// The part of the graph around `ids`: the edges from or to them, and their ends;
    /// plus `extra` nodes on their own (a diff draws removed nodes from the old graph so).
    func restricted(to ids: Set<String>, adding extra: [Node] = []) -> CallFlowGraph {
        var part = self
        part.edges = edges.filter { ids.contains($0.from) || ids.contains($0.to) }
        let kept = Set(part.edges.flatMap { [$0.from, $0.to] })
        part.nodes = nodes.filter { kept.contains($0.id) } + extra.filter { !kept.contains($0.id) }
        part.numberRuns = []
        return part
    }

    /// One menu state: its keys, the no-key route, or its straight destination.
    private static func state(_ s: MenuState, prefix: String, from id: String, edge: (String, String, String?, Style) -> Void) {
        if let to = s.to {
            edge(id, to, prefix.isEmpty ? nil : prefix.trimmingCharacters(in: .whitespaces), .call)
            return
        }
        for (key, action) in s.keys.sorted(by: { $0.key < $1.key }) {
            guard action.action == .forward, let to = action.to else { continue }
            edge(id, to, "\(prefix)key \(key)\(action.announce == true ? " (announced)" : "")", .call)
        }
        if let reception = s.reception { edge(id, reception, "\(prefix)no key \(s.timeoutSeconds) s", .call) }
    }
}
