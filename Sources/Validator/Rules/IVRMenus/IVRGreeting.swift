import Domain
import Parser

/// `ivr-greeting`: a menu with options must tell callers what they are.
enum IVRGreeting: CustomerRule {
    static let description = RuleDescription(
        id: "ivr-greeting", severity: .error, section: .ivrMenus,
        summary: "a menu with options but no greeting",
        rationale: """
        "Allereerst moet er een begroeting worden ge-upload, waarin de verschillende keuzes worden \
        gepresenteerd": callers cannot choose options nobody told them about.
        """,
        bad: [Example.customer("""
        ivr_menus:
          - id: main
            extension: "555"
            open: ↓{ reception: jan, options: { "1": jan } }
        users: [{ id: jan, name: Jan, extension: "201" }]
        """)],
        good: [Example.customer("""
        ivr_menus:
          - id: main
            extension: "555"
            open: { greeting: greetings/welcome.wav, reception: jan, options: { "1": jan } }
        users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "805EC0123456", password: generate }] }]
        """)])

    static func check(_ c: CustomerContext) {
        for menu in c.customer.ivrMenus {
            for state in menu.states where !state.options.isEmpty && state.greeting == nil {
                c.report(description, at: state.location,
                         "IVR menu `\(menu.id?.value ?? "?")` has options but no greeting that announces them",
                         help: "add `greeting: greetings/<file>.wav`")
            }
        }
    }
}
