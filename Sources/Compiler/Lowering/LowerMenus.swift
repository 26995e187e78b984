import Domain
import Parser
import Validator

extension RoutingCompiler {
    /// Seconds a menu waits for a key when `timeout_seconds` is not written.
    static let defaultMenuTimeout = 10

    func lowerMenus(nightMode: CompanyNightMode) {
        for menu in c.customer.ivrMenus {
            guard let id = menu.id?.value else { continue }
            let open = menu.open.map(lowerState) ?? MenuState(greeting: nil, keys: [:], reception: nil,
                                                              timeoutSeconds: Self.defaultMenuTimeout, to: nil)
            nodes[NodeID.menu(id)] = .menu(MenuNode(
                id: id, name: menu.name?.value ?? id, extensionNumber: menu.extensionNumber?.value,
                number: menu.number.flatMap { c.validPhone($0.value)?.e164 }, officeHours: menu.officeHours?.value,
                holidays: menu.holidays?.value, open: open, closed: menu.closed.map(lowerState),
                nightMode: entityNightMode(menu.nightMode, company: nightMode)))
        }
    }

    private func lowerState(_ state: Parser.MenuState) -> MenuState {
        var keys: [String: KeyAction] = [:]
        for option in state.options where keys[option.key.value] == nil {
            switch option.action {
            case .destination(let to, let announce):
                keys[option.key.value] = KeyAction(action: .forward, to: destination(to), announce: announce)
            case .play(let file):
                keys[option.key.value] = KeyAction(action: .play, file: file.value)
            case .keyword(let word):
                let action: KeyAction.Action?
                switch word.value {
                case .repeat: action = .repeat
                case .reception: action = .reception
                case .hangup: action = .hangup
                case .dialByName: action = .dialByName
                case .dialByExtension: action = .dialByExtension
                case .none: action = nil  // the key does nothing: an invalid choice
                }
                if let action { keys[option.key.value] = KeyAction(action: action) }
            }
        }
        return MenuState(greeting: state.greeting?.value, keys: keys, reception: destination(state.reception),
                         timeoutSeconds: state.timeoutSeconds?.value ?? Self.defaultMenuTimeout,
                         to: destination(state.to))
    }
}
