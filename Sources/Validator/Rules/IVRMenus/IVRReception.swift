import Domain
import Parser

/// `ivr-reception`: say where callers go who make no choice.
enum IVRReception: CustomerRule {
    static let description = RuleDescription(
        id: "ivr-reception", severity: .warning, section: .ivrMenus,
        summary: "no reception option: callers who make no choice are lost (the hosted PBX says to always configure one)",
        rationale: """
        "Het advies is om de optie Doorschakelen naar receptie altijd te configureren": it is used when \
        the caller makes no choice. Without it, such callers are cut off after the \
        time-out.
        """,
        bad: [Example.customer("""
        ivr_menus:
          - id: main
            extension: "555"
            open: ↓{ greeting: welcome.wav, options: { "1": jan } }
        users: [{ id: jan, name: Jan, extension: "201" }]
        """)],
        good: [Example.customer("""
        ivr_menus:
          - id: main
            extension: "555"
            open: { greeting: welcome.wav, reception: jan, options: { "1": jan } }
        users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "805EC0123456", password: generate }] }]
        """)])

    static func check(_ c: CustomerContext) {
        for menu in c.customer.ivrMenus {
            for state in menu.states where !state.options.isEmpty && state.reception == nil {
                c.report(description, at: state.location,
                         "IVR menu `\(menu.id?.value ?? "?")` has no `reception`: callers who press nothing are cut off",
                         help: "add `reception:` naming the user or group that answers them")
            }
        }
    }
}
