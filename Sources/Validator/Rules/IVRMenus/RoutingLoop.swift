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
          - { id: piet, name: Piet, extension: "202", forward: { no_answer: jan }, devices: [{ model: yealink-t54w, mac: "805EC0123457", password: generate }] }
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
        for user in c.customer.users {
            add(user.id, user.forward?.always?.to)
            if user.nightMode?.mode.value != .off { add(user.id, user.nightMode?.to) }
        }
        for group in c.customer.huntGroups where group.nightMode?.mode.value != .off {
            add(group.id, group.nightMode?.to)
        }
        for menu in c.customer.ivrMenus {
            for state in menu.states where state.options.isEmpty { add(menu.id, state.to) }
            if menu.nightMode?.mode.value != .off { add(menu.id, menu.nightMode?.to) }
        }
        guard !edges.isEmpty else { return }
        // Depth-first, with an explicit stack: a forward chain of thousands of users
        // must not take a call-stack frame per user.
        var done = Set<String>()
        var onPath: [String: Int] = [:]  // node → its index in `path`
        var path: [(node: String, field: LString?)] = []
        var stack: [(node: String, next: Int)] = []
        var reported = Set<String>()
        func enter(_ node: String) {
            onPath[node] = path.count
            path.append((node, nil))
            stack.append((node, 0))
        }
        func visit(_ root: String) {
            enter(root)
            while let top = stack.last {
                let out = edges[top.node] ?? []
                guard top.next < out.count else {
                    stack.removeLast()
                    path.removeLast()
                    onPath[top.node] = nil
                    done.insert(top.node)
                    continue
                }
                stack[stack.count - 1].next += 1
                let edge = out[top.next]
                path[path.count - 1].field = edge.field
                if let start = onPath[edge.to] {
                    let cycle = path[start...]
                    let key = cycle.map(\.node).sorted().joined(separator: ",")
                    if reported.insert(key).inserted, let first = cycle.first?.field {
                        let names = cycle.map(\.node) + [edge.to]
                        c.report(description, at: first.location,
                                 "calls loop without ringing anyone: \(names.joined(separator: " → "))",
                                 help: "end the chain at a person, a hunt group, a menu with options or a voicemail")
                    }
                } else if !done.contains(edge.to) {
                    enter(edge.to)
                }
            }
        }
        for entity in c.entities.all {
            if let id = entity.id?.value, edges[id] != nil, !done.contains(id) { visit(id) }
        }
    }
}
