import Compiler

/// Names of nodes for people, and where a call to an entry goes in each of the three
/// states of a day: open (company night mode off, menus open), closed (night mode as
/// the company sets it outside office hours, menus closed) and holiday.
struct StateLabels {
    enum State { case open, closed, holiday }
    let table: RoutingTable

    func label(_ id: String) -> String {
        switch table.nodes[id] {
        case .user(let u): u.extensionNumber.map { "\(u.name) (\($0))" } ?? u.name
        case .huntGroup(let g): "hunt group \(g.name)"
        case .menu(let m): "menu \(m.name)"
        case .voicemail(let v): v.owner == "company" ? "company voicemail" : "mailbox of \(v.owner)"
        case .external(let e): e.number
        case .end(let e): e.signal
        case nil: id
        }
    }

    /// Whether night mode diverts calls to an entity in `state`.
    private func night(_ mode: EntityNightMode, _ state: State) -> Bool {
        switch mode.mode {
        case .on: return true
        case .off: return false
        case .follow:
            switch table.nightMode.mode {
            case .off: return false
            case .on: return true
            case .auto:
                switch state {
                case .open: return false
                case .closed: return true
                case .holiday:
                    // On a holiday within office hours: its holiday schedule, or closing
                    // days of the office-hours schedule itself, switch night mode on.
                    let hours = table.nightMode.officeHours.flatMap { table.schedules[$0] }
                    return table.nightMode.holidays != nil || hours?.closedDays.isEmpty == false
                }
            }
        }
    }

    func describe(_ id: String, _ state: State) -> String {
        guard let node = table.nodes[id] else { return id }
        if let mode = node.nightMode, night(mode, state) { return "night mode: \(label(mode.to))" }
        if case .menu(let m) = node, let closed = m.closed, state != .open {
            return closed.to.map(label) ?? "\(label(id)), closed menu"
        }
        return label(id)
    }
}
