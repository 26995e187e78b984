import Domain
import Parser

/// `plaintext-secret`: passwords do not belong in git.
enum PlaintextSecret: CustomerRule {
    static let description = RuleDescription(
        id: "plaintext-secret", severity: .warning, section: .usersAndDevices,
        summary: "a password written literally in the repository — beyond",
        rationale: """
        Everything in the repository is read by everyone with access to it, forever (git history). Write \
        `generate` (derived from `PBXC_MASTER_KEY`, the customer and the device at build time), \
        `{ env: VAR }` or `{ file: path }` from a source pbxc.yaml declares under `secrets` (`secret-source`) instead.
        """,
        bad: [Example.customer(#"portal_users: [{ username: beheer@acme.example, password: ↓"Geheim!2026" }]"#)],
        good: [Example.customer(#"portal_users: [{ username: beheer@acme.example, password: { env: ACME_PORTAL_PW } }]"#)])

    static func check(_ c: CustomerContext) {
        let devices = c.devices.compactMap(\.password) + c.devices.compactMap(\.sipPassword)
        let portal = c.customer.portalUsers.compactMap(\.password), pins = c.customer.users.compactMap(\.pin)
        for password in devices + portal + pins {
            guard case .literal = password.value else { continue }
            c.report(description, at: password.location, "a password is written in the repository",
                     help: "write `generate`, `{ env: VAR }` or `{ file: path }` instead")
        }
    }
}
