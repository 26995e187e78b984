import Domain
import Parser

/// `routing-loop`: destinations that forward to each other with nobody in between.
enum RoutingLoop: CustomerRule {
    static let description = RuleDescription(
        id: "routing-loop", severity: .error, section: .ivrMenus,
        summary: "destinations that forward to each other in a cycle with no person or caller choice on the way — beyond",
        rationale: """
        A user who forwards all calls, a menu state that sends callers straight on, and a night mode \
        destination pass a call on without ringing anyone or asking the caller. When such hand-offs form \
        a cycle, a call goes round until the platform drops it. Hunt groups ring their members and menus \
        with options let the caller choose, so they break a cycle.
        """,
        bad: [Example.customer("""
        users:
          - { id: jan, name: Jan, extension: "201", forward: { always: ↓piet } }
          - { id: piet, name: Piet, extension: "202", forward: { always: jan } }
        """)],
        good: [Example.customer("""
        users:
          - { id: jan, name: Jan, extension: "201", forward: { always: piet } }
          - { id: piet, name: Piet, extension: "202", forward: { no_answer: jan } }
        """)])

    private struct Edge {
        var to: String
        var field: LString
    }

    static func check(_ c: CustomerContext) {
        var edges: [String: [Edge]] = [:]
        func add(_ from: LString?, _ to: LString?) {
            guard let from = from?.value, let to, case .entity(let target) = c.resolve(to.value),
                  let targetID = target.id?.value else { return }
            edges[from, default: []].append(Edge(to: targetID, field: to))
        }
        let users = c.customer.users
        for i in users.indices {  // by index: `for user in` copied every user (EmailFormat)
            add(users[i].id, users[i].forward?.always?.to)
            if users[i].nightMode?.mode.value != .off { add(users[i].id, users[i].nightMode?.to) }
        }
        for group in c.customer.huntGroups where group.nightMode?.mode.value != .off {
            add(group.id, group.nightMode?.to)
        }
        for menu in c.customer.ivrMenus {
            for state in menu.states where state.options.isEmpty { add(menu.id, state.to) }
            if menu.nightMode?.mode.value != .off { add(menu.id, menu.nightMode?.to) }
        }
        guard !edges.isEmpty else { return }
        var state: [String: Int] = [:]  // 1 on the path, 2 done
        var path: [(String, LString?)] = []
        var reported = Set<String>()
        func visit(_ node: String) {
            state[node] = 1
            for edge in edges[node] ?? [] {
                path.append((node, edge.field))
                if state[edge.to] == 1, let start = path.firstIndex(where: { $0.0 == edge.to }) {
                    let cycle = path[start...]
                    let key = cycle.map(\.0).sorted().joined(separator: ",")
                    if reported.insert(key).inserted, let first = cycle.first?.1 {
                        let names = cycle.map(\.0) + [edge.to]
                        c.report(description, at: first.location,
                                 "calls loop without ringing anyone: \(names.joined(separator: " → "))",
                                 help: "end the chain at a person, a hunt group, a menu with options or a voicemail")
                    }
                } else if state[edge.to] == nil {
                    visit(edge.to)
                }
                path.removeLast()
            }
            state[node] = 2
        }
        for entity in c.entities.all {
            if let id = entity.id?.value, edges[id] != nil, state[id] == nil { visit(id) }
        }
    }
}
