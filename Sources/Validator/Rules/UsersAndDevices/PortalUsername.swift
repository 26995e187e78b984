import Diagnostics
import Parser

/// `portal-username`: a portal username can be typed at the login.
enum PortalUsername: CustomerRule {
    static let description = RuleDescription(
        id: "portal-username", severity: .error, section: .usersAndDevices,
        summary: "a portal username with a line break, a tab or another control character, or with spaces before or after it",
        rationale: """
        A portal user signs in by typing the username, and the welcome mail shows it. A control \\
        character (a line break or tab, often pasted from a spreadsheet) cannot be typed at the login, \\
        and spaces before or after it are easily lost, so such a user could never sign in. pbxc \\
        refuses the username instead of sending it to the portal.
        """,
        bad: [Example.customer(#"portal_users: [{ username: ↓"beheer@acme.example\t", email: beheer@acme.example }]"#),
              Example.customer(#"portal_users: [{ username: ↓" beheer@acme.example", email: beheer@acme.example }]"#)],
        good: [Example.customer(#"portal_users: [{ username: beheer@acme.example, email: beheer@acme.example }]"#)])

    static func check(_ c: CustomerContext) {
        for user in c.customer.portalUsers {
            guard let username = user.username else { continue }
            let text = username.value
            let problem: String, help: String
            if DeviceText.hasControl(text) {
                problem = "contains a line break, a tab or another control character, which cannot be typed at the login"
                help = "remove the control character (often pasted with the name from a spreadsheet)"
            } else if text.first?.isWhitespace == true || text.last?.isWhitespace == true {
                problem = "begins or ends with a space, which is easily lost at the login"
                help = "remove the spaces before and after the username"
            } else { continue }
            c.report(description, at: username.location,
                     "portal username `\(MessageText.escaped(text))` \(problem)", help: help)
        }
    }
}
