import Diagnostics
import Domain
import Parser

/// `ivr-key`: menu options are phone keys.
enum IVRKey: CustomerRule {
    static let description = RuleDescription(
        id: "ivr-key", severity: .error, section: .ivrMenus,
        summary: "a key that is not 0–9, `*` or `#`",
        rationale: "A caller chooses with one key of the phone: 0–9, `*` or `#`. Quote `\"*\"` and `\"#\"` in YAML.",
        bad: [Example.customer("""
        ivr_menus:
          - id: main
            extension: "555"
            open: { greeting: welcome.wav, reception: jan, options: { ↓"10": jan } }
        users: [{ id: jan, name: Jan, extension: "201" }]
        """)],
        good: [Example.customer("""
        ivr_menus:
          - id: main
            extension: "555"
            open: { greeting: welcome.wav, reception: jan, options: { "1": jan, "#": repeat } }
        users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "805EC0123456", password: generate }] }]
        """)])

    static let keys: Set<String> = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#"]

    static func check(_ c: CustomerContext) {
        for option in c.customer.ivrMenus.flatMap(\.states).flatMap(\.options) where !keys.contains(option.key.value) {
            c.report(description, at: option.key.location,
                     "`\(MessageText.escaped(option.key.value))` is not a phone key; menu options are 0–9, `*` or `#`")
        }
    }
}
