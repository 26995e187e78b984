import Compiler
import Domain

/// Names of nodes for people, and where a call to an entry goes in each of the three
/// states of a day: open (company night mode off, menus open), closed (night mode as
/// the company sets it outside office hours, menus closed) and holiday.
struct StateLabels {
    enum State { case open, closed, holiday }
    let table: RoutingTable
    /// The words (English in diffs; the customer's language on its page).
    var text = PageText("en")
    /// How external numbers are written: as stored (E.164) when nil.
    var locale: DocumentLocale?

    func label(_ id: String) -> String {
        switch table.nodes[id] {
        case .user(let u): u.extensionNumber.map { "\(u.name) (\($0))" } ?? u.name
        case .huntGroup(let g): text["label.hunt_group", g.name]
        case .menu(let m): text["label.menu", m.name]
        case .voicemail(let v): v.owner == "company" ? text["label.company_voicemail"] : text["label.mailbox", v.owner]
        case .external(let e): locale?.phone(e.number) ?? e.number
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
        if let mode = node.nightMode, night(mode, state) { return text["label.night", label(mode.to)] }
        if case .menu(let m) = node, let closed = m.closed, state != .open {
            return closed.to.map(label) ?? text["label.closed_menu", label(id)]
        }
        return label(id)
    }
}
