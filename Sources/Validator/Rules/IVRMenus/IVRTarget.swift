import Domain
import Parser

/// `ivr-target`: an IVR forward must reach something that can take a call.
enum IVRTarget: CustomerRule {
    static let description = RuleDescription(
        id: "ivr-target", severity: .error, section: .ivrMenus,
        summary: "a forward to something that is neither an entity with a number/extension nor an external number",
        rationale: """
        The portal lists "all hunt groups and users (with at least an internal or external number)" or an \
        external number as option targets. A target without number or extension, or a \
        mailbox of a user without voicemail, cannot take the call.
        """,
        bad: [Example.customer("""
        ivr_menus:
          - id: main
            extension: "555"
            open: { greeting: welcome.wav, reception: jan, options: { "1": jan, "2": ↓"voicemail:piet" } }
        users: [{ id: jan, name: Jan, extension: "201" }, { id: piet, name: Piet, extension: "202" }]
        """)],
        good: [Example.customer("""
        ivr_menus:
          - id: main
            extension: "555"
            open: { greeting: welcome.wav, reception: jan, options: { "1": jan, "2": "+31612345678" } }
        users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "805EC0123456", password: generate }] }]
        """)])

    static func check(_ c: CustomerContext) {
        for menu in c.customer.ivrMenus {
            for state in menu.states {
                var targets = state.options.compactMap { option -> LString? in
                    if case .destination(let to, _) = option.action { return to }
                    return nil
                }
                targets += [state.reception, state.to].compactMap { $0 }
                for target in targets {
                    if let problem = CallTarget.problem(c.resolve(target.value), c) {
                        c.report(description, at: target.location, "IVR menu `\(menu.id?.value ?? "?")` sends calls to \(problem)")
                    }
                }
            }
        }
    }
}

/// Why a resolved destination cannot take a call, if it cannot (shared by the rules
/// that check where calls are sent).
enum CallTarget {
    static func problem(_ destination: Destination, _ c: CustomerContext) -> String? {
        switch destination {
        case .entity(let e) where !e.isReachable:
            return "\(e.label), which has neither number nor extension"
        case .userVoicemail(let e):
            let on = c.user(e)?.voicemail?.enabled ?? false
            return on ? nil : "the mailbox of \(e.label), who has no voicemail"
        case .companyVoicemail where !c.companyVoicemailEnabled:
            return "the company voicemail, which is switched off"
        default:
            return nil
        }
    }
}
