import Diagnostics
import Parser

/// `portal-role`: a portal user's roles are the portal's roles, each with the role it
/// depends on.
enum PortalRole: CustomerRule {
    static let description = RuleDescription(
        id: "portal-role", severity: .error, section: .usersAndDevices,
        summary: "a portal role the portal does not have, or one without the role it depends on (mobile_limits without mobile_access)",
        rationale: """
        The portal has the roles `user_management`, `invoices`, `settings` and `mobile_access`, and \
        three that it offers only to a user who has `mobile_access`: `mobile_limits` (change mobile \
        usage limits), `mobile_settings` (see mobile settings) and `mobile_block` (block a SIM card). \
        A role the portal does not know, or a mobile role without `mobile_access`, cannot be set up \
        as written.
        """,
        bad: [Example.customer("""
        portal_users:
          - username: beheer@acme.example
            roles: [invoices, ↓mobile_limits]
        """), Example.customer("""
        portal_users:
          - username: beheer@acme.example
            roles: [↓user_managment]
        """)],
        good: [Example.customer("""
        portal_users:
          - username: beheer@acme.example
            roles: [user_management, invoices, mobile_access, mobile_limits]
        """)])

    static func check(_ c: CustomerContext) {
        for user in c.customer.portalUsers {
            let names = Set(user.roles.map(\.value))
            for role in user.roles {
                guard let known = PortalCatalog.roles.first(where: { $0.name == role.value }) else {
                    c.report(description, at: role.location, "the portal has no role `\(MessageText.escaped(role.value))`",
                             help: Suggestions.didYouMean(role.value, in: PortalCatalog.roleNames)
                                ?? "roles: \(PortalCatalog.roleNames.joined(separator: ", "))")
                    continue
                }
                if let needed = known.requires, !names.contains(needed) {
                    c.report(description, at: role.location,
                             "`\(role.value)` (\(known.meaning)) is only available with `\(needed)`",
                             help: "add `\(needed)` to the roles, or remove `\(role.value)`")
                }
            }
        }
    }
}
