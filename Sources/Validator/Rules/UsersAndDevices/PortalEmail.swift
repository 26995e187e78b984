import Diagnostics
import Parser

/// `portal-email`: the e-mail messages a portal user is registered for exist, and a
/// user who gets mail (messages, the welcome mail) has an address to get it at.
enum PortalEmail: CustomerRule {
    static let description = RuleDescription(
        id: "portal-email", severity: .error, section: .usersAndDevices,
        summary: "an e-mail message the portal does not send, or mail for a portal user without an e-mail address",
        rationale: """
        A portal user can be registered for the messages `voip_usage` (VoIP usage over the warning \
        limit), `mobile_usage`, `invoices` and `sim_blocking` (a SIM card blocked or unblocked), and \
        be sent a welcome mail with the username and a link to set a password. The mail goes to \
        `email`, or to the username when that is an e-mail address; without either it reaches nobody.
        """,
        bad: [Example.customer("""
        portal_users:
          - username: beheer@acme.example
            email_messages: [↓invoice]
        """), Example.customer("""
        portal_users:
          - username: ↓beheer
            welcome_mail: true
        """)],
        good: [Example.customer("""
        portal_users:
          - username: beheer
            email: anna@acme.example
            email_messages: [invoices, voip_usage]
            welcome_mail: true
        """)])

    static func check(_ c: CustomerContext) {
        for user in c.customer.portalUsers {
            for message in user.emailMessages where !PortalCatalog.emailMessageNames.contains(message.value) {
                c.report(description, at: message.location,
                         "the portal sends no e-mail message `\(MessageText.escaped(message.value))`",
                         help: Suggestions.didYouMean(message.value, in: PortalCatalog.emailMessageNames)
                            ?? "messages: \(PortalCatalog.emailMessageNames.joined(separator: ", "))")
            }
            guard let username = user.username, user.email == nil, !EmailFormat.isEmail(username.value) else { continue }
            let wants = [user.welcomeMail?.value == true ? "the welcome mail" : nil,
                         user.emailMessages.isEmpty ? nil : "e-mail messages"].compactMap { $0 }
            guard !wants.isEmpty else { continue }
            c.report(description, at: username.location,
                     "portal user `\(MessageText.escaped(username.value))` gets \(wants.joined(separator: " and ")) but has no e-mail address",
                     help: "add `email: name@domain.tld` (the username is not an e-mail address)")
        }
    }
}
