import Domain
import Parser

/// `portal-password`: portal passwords have at least 6 characters.
enum PortalPassword: CustomerRule {
    static let description = RuleDescription(
        id: "portal-password", severity: .error, section: .usersAndDevices,
        summary: "portal password: at least 6 characters",
        rationale: """
        The management portal refuses passwords shorter than 6 characters. Only passwords \
        written in the repository can be checked here; prefer `{ env: VAR }`.
        """,
        bad: [Example.customer(#"portal_users: [{ username: beheer@acme.example, password: ↓abc12 }]"#)],
        good: [Example.customer(#"portal_users: [{ username: beheer@acme.example, password: { env: ACME_PORTAL_PW } }]"#)])

    static func check(_ c: CustomerContext) {
        for user in c.customer.portalUsers {
            guard let password = user.password, case .literal(let text) = password.value, text.count < 6 else { continue }
            c.report(description, at: password.location,
                     "this portal password has \(text.count) characters; portal passwords need at least 6",
                     help: "use `{ env: VAR }` and a longer password")
        }
    }
}
