import Diagnostics
import Domain
import Parser

/// `pin-format`: a user's PIN code is 4 to 8 digits.
enum PinFormat: CustomerRule {
    static let description = RuleDescription(
        id: "pin-format", severity: .error, section: .usersAndDevices,
        summary: "a user's PIN code that is not 4 to 8 digits",
        rationale: """
        The PIN code a user types on the phone's keypad to reach the voicemail (1233) and to log in \\
        to the apps is digits only; Asterisk's voicemail compares it as typed. pbxc generates a \\
        6-digit PIN from `PBXC_MASTER_KEY` when none is written; one written as `{ env: VAR }` or \\
        `{ file: path }` is checked when the build reads it. A PIN written in the file itself is \\
        checked here (and warned about by `plaintext-secret`).
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", pin: ↓"12a4" }]"#)],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", pin: { env: ACME_JAN_PIN } }]"#)])

    static func check(_ c: CustomerContext) {
        for user in c.customer.users {
            guard let pin = user.pin, case .literal(let text) = pin.value, !PINCode.isValid(text) else { continue }
            c.report(description, at: pin.location, "this PIN code has \(text.count) characters and must be 4 to 8 digits",
                     help: "write 4 to 8 digits, or leave `pin` out to have one generated")
        }
    }
}
