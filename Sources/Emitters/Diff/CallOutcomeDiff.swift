import Compiler
import Domain

/// Schedule, holiday and night-mode changes said as what calls do. Calls to every
/// number that both revisions send to the same entry — and calls handed to every
/// entity with time conditions that no number enters — are followed by `pbxc trace`'s
/// own simulator in both revisions at each slice of a `ReferencePeriod` (a reference
/// week and the year's closing days). Where the two ways reach the same node and the
/// moment decides differently there (the open menu instead of the closed one, night
/// mode on instead of off), that is a change of these lines, with the times it holds.
/// Ways that part because a node's own settings changed are `RoutingDiff`'s entity
/// lines, and a number whose entry changed is its number line: each said once.
enum CallOutcomeDiff {
    /// A node a call passes, with what the moment decided there: `open` or `closed` for
    /// a menu, `night` when night mode sent the call on; nil when time played no part.
    struct Stop: Hashable {
        var node: String
        var state: String?
    }

    /// One change of where calls go: now, before, and when (empty: at all times).
    private struct Finding: Hashable {
        var now: String
        var was: String
        var when: String
    }

    static func changes(_ old: RoutingTable, _ new: RoutingTable, year: Int) -> [RoutingDiff.Change] {
        guard timeConditionsDiffer(old, new) else { return [] }
        let period = ReferencePeriod([old, new], year: year)
        // Slices at which every schedule of both revisions decides alike route every call alike: one call each.
        var groups: [(moment: LocalDateTime, slices: [ReferencePeriod.Slice])] = []
        var groupOf: [[Bool]: Int] = [:]
        for slice in period.slices {
            let key = ReferencePeriod.decisions(old, at: slice.moment) + ReferencePeriod.decisions(new, at: slice.moment)
            if let i = groupOf[key] { groups[i].slices.append(slice) } else {
                groupOf[key] = groups.count
                groups.append((slice.moment, [slice]))
            }
        }
        let before = CallSimulator(table: old), after = CallSimulator(table: new)
        let labels = (StateLabels(table: old), StateLabels(table: new))

        /// The findings for calls that start as `start` says, over the whole period, each
        /// with the node where the moment decided differently. Calls handed to a node
        /// (`onlyAtStart`) are told only where that node itself decides differently. Where
        /// the first node decides, it is named already (the number enters it): only what
        /// it does is said, so numbers entering different nodes that change alike are one line.
        func compare(onlyAtStart: Bool, _ start: (CallSimulator, LocalDateTime) -> CallTrace) -> [(Finding, String)] {
            var slices: [Finding: [ReferencePeriod.Slice]] = [:]
            var order: [(Finding, String)] = []
            for group in groups {
                let a = route(start(before, group.moment)), b = route(start(after, group.moment))
                guard let i = divergence(a, b), !onlyAtStart || i == 0 else { continue }
                let finding = Finding(now: describe(b, i, labels.1, atStart: i == 0), was: describe(a, i, labels.0, atStart: i == 0),
                                      when: "")
                if slices[finding] == nil { order.append((finding, b[i].node)) }
                slices[finding, default: []].append(contentsOf: group.slices)
            }
            return order.map { finding, node in
                var timed = finding
                timed.when = TimeSpanText.describe(slices[finding]!, in: period)
                return (timed, node)
            }
        }

        // Numbers that enter the same node in both revisions, by that node.
        var entries: [String: [String]] = [:]
        for (number, entry) in new.numbers where old.numbers[number] == entry { entries[entry, default: []].append(number) }
        var numbersOf: [Finding: (numbers: [String], nodes: Set<String>)] = [:]
        for (_, numbers) in entries.sorted(by: { $0.key < $1.key }) {
            let dialled = numbers.min(by: NumberRuns.order)!
            for (finding, node) in compare(onlyAtStart: false, { $0.trace(dialled, at: $1, keys: "") }) {
                numbersOf[finding, default: ([], [])].numbers += numbers
                numbersOf[finding, default: ([], [])].nodes.insert(node)
            }
        }
        var changes = numbersOf.map { finding, found in
            (NumberRuns.key(found.numbers.min(by: NumberRuns.order)!), RoutingDiff.Change(
                kind: "calls", text: sentence("calls to \(NumberRuns.text(found.numbers))", finding), nodes: found.nodes.sorted()))
        }.sorted { ($0.0.0, $0.0.1, $0.1.text) < ($1.0.0, $1.0.1, $1.1.text) }.map(\.1)

        // Entities with time conditions that calls reach through keys, forwards or
        // overflows, where no number line above names them; those that change alike are one line.
        let told = numbersOf.values.reduce(Set(new.numbers.values)) { $0.union($1.nodes) }
        var nodesOf: [Finding: [String]] = [:]
        for id in Set(old.nodes.keys).intersection(new.nodes.keys).sorted() where !told.contains(id) {
            guard let node = new.nodes[id], hasTimeConditions(node) || old.nodes[id].map(hasTimeConditions) == true else { continue }
            for (finding, _) in compare(onlyAtStart: true, { $0.trace(reaching: id, at: $1, keys: "") }) {
                nodesOf[finding, default: []].append(id)
            }
        }
        for (finding, ids) in nodesOf.sorted(by: { ($0.value.joined(separator: " "), $0.key.when, $0.key.now) < ($1.value.joined(separator: " "), $1.key.when, $1.key.now) }) {
            let names = ids.prefix(namesShown).map(labels.1.label).joined(separator: ", ")
                + (ids.count > namesShown ? " and \(ids.count - namesShown) more" : "")
            changes.append(RoutingDiff.Change(kind: "calls", text: sentence("calls that reach \(names)", finding), nodes: ids))
        }
        return changes
    }

    /// How many entities a line names; the rest are counted (all are in its `nodes`).
    static let namesShown = 8

    private static func sentence(_ whose: String, _ finding: Finding) -> String {
        let when = finding.when.isEmpty ? "" : " \(finding.when)"
        if finding.now == putThrough { return "\(whose)\(when) are now put through, were sent to \(finding.was)" }
        return "\(whose)\(when) now reach \(finding.now), were \(finding.was)"
    }

    /// A call handed to a node that the moment does not divert.
    static let putThrough = "put through"

    /// The stops of a traced call, in order.
    static func route(_ trace: CallTrace) -> [Stop] {
        var stops: [Stop] = []
        for step in trace.steps {
            if stops.last?.node != step.node { stops.append(Stop(node: step.node)) }
            switch step.state {
            case "on": stops[stops.count - 1].state = "night"
            case "open", "closed": stops[stops.count - 1].state = step.state
            default: break
            }
        }
        return stops
    }

    /// Where two ways part because the moment decided differently at the same node;
    /// nil when they do not part, or part because of what a node is (not when).
    static func divergence(_ a: [Stop], _ b: [Stop]) -> Int? {
        for i in 0..<min(a.count, b.count) {
            guard a[i].node == b[i].node else { return nil }
            if a[i].state != b[i].state { return i }
        }
        return nil
    }

    /// A stop in words, with where the moment sends the call from it. At the start of a
    /// call, the node is named already (the number or the entity): only what it does is said.
    static func describe(_ route: [Stop], _ i: Int, _ labels: StateLabels, atStart: Bool = false) -> String {
        let stop = route[i], name = atStart ? "the menu" : labels.label(stop.node)
        switch stop.state {
        case "night":
            let to = i + 1 < route.count ? route[i + 1].node : labels.table.nodes[stop.node]?.nightMode?.to
            let target = to.map(labels.label) ?? "nowhere"
            return atStart ? "\(target) (night mode)" : "\(target) (night mode of \(name))"
        case "open": return atStart ? "the open menu" : "\(name) (open)"
        case "closed":
            var to: String?
            if case .menu(let menu)? = labels.table.nodes[stop.node] { to = menu.closed?.to.map(labels.label) }
            if atStart { return to.map { "the closed menu (to \($0))" } ?? "the closed menu" }
            return to.map { "\(name) (closed: to \($0))" } ?? "\(name) (closed)"
        default: return atStart ? putThrough : labels.label(stop.node)
        }
    }

    /// Whether a moment can decide anything at a node: night mode that is not off, or
    /// a menu with a closed state.
    static func hasTimeConditions(_ node: Node) -> Bool {
        if let night = node.nightMode, night.mode != .off { return true }
        if case .menu(let menu) = node, menu.closed != nil { return true }
        return false
    }

    /// Whether anything that decides by the clock differs: schedules, the company's night
    /// mode, or the night mode, hours or holidays of a node both revisions have. When
    /// nothing does, every node decides alike at every moment and no call needs following.
    static func timeConditionsDiffer(_ old: RoutingTable, _ new: RoutingTable) -> Bool {
        if old.schedules != new.schedules || old.nightMode != new.nightMode { return true }
        func conditions(_ node: Node?) -> [String?] {
            var result = [node?.nightMode?.mode.rawValue]
            if case .menu(let menu)? = node { result += [menu.officeHours, menu.holidays, menu.closed == nil ? nil : "closed"] }
            return result
        }
        return Set(old.nodes.keys).intersection(new.nodes.keys).contains { conditions(old.nodes[$0]) != conditions(new.nodes[$0]) }
    }
}

/// Held numbers in E.164 as consecutive runs: `+31887654001 – +31887654010, +31887654020`.
enum NumberRuns {
    /// Shorter numbers first, then by digits: consecutive numbers sort together.
    static func key(_ number: String) -> (Int, String) { (number.count, number) }
    static func order(_ a: String, _ b: String) -> Bool { key(a) < key(b) }

    /// At most `limit` runs are written; the rest are counted.
    static func text(_ numbers: [String], limit: Int = 5) -> String {
        var runs: [(first: String, last: String)] = []
        for number in Set(numbers).sorted(by: order) {
            if let last = runs.last, let n = UInt64(last.last.dropFirst()), UInt64(number.dropFirst()) == n + 1,
               number.count == last.last.count {
                runs[runs.count - 1].last = number
            } else {
                runs.append((number, number))
            }
        }
        let shown = runs.prefix(limit).map { $0.first == $0.last ? $0.first : "\($0.first) – \($0.last)" }
        let rest = runs.dropFirst(limit).reduce(0) { count, run in
            count + Int((UInt64(run.last.dropFirst()) ?? 0) - (UInt64(run.first.dropFirst()) ?? 0)) + 1
        }
        return shown.joined(separator: ", ") + (rest > 0 ? " and \(rest) more" : "")
    }
}
