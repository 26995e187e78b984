import Domain
import Parser
import Validator

extension RoutingCompiler {
    func lowerMenus(nightMode: CompanyNightMode) {
        for menu in c.menus {
            nodes[NodeID.menu(menu.id)] = .menu(MenuNode(
                id: menu.id, name: menu.name, extensionNumber: menu.extensionNumber, number: menu.number,
                officeHours: menu.officeHours, holidays: menu.holidays, open: lowerState(menu.open),
                closed: menu.closed.map(lowerState), nightMode: entityNightMode(menu.nightMode, company: nightMode)))
        }
    }

    private func lowerState(_ state: CheckedMenuState) -> MenuState {
        var keys: [String: KeyAction] = [:]
        for (key, action) in state.options {
            keys[key] = switch action {
            case .forward(let to, let announce): KeyAction(action: .forward, to: destination(to), announce: announce)
            case .play(let file): KeyAction(action: .play, file: file)
            case .repeat: KeyAction(action: .repeat)
            case .reception: KeyAction(action: .reception)
            case .hangup: KeyAction(action: .hangup)
            case .dialByName: KeyAction(action: .dialByName)
            case .dialByExtension: KeyAction(action: .dialByExtension)
            }
        }
        return MenuState(greeting: state.greeting, keys: keys, reception: destination(state.reception),
                         timeoutSeconds: state.timeoutSeconds, to: destination(state.to))
    }
}
