import Parser

/// A user of the management portal, checked: roles and e-mail messages the portal
/// has (in the portal's order), the address its mail goes to, defaults applied
/// (not blocked, no welcome mail).
public struct CheckedPortalUser: Sendable {
    public var username: String
    public var name: String?
    /// `email`, else the username (`portal-email` made sure one is an address when mail is sent).
    public var email: String?
    public var roles: [String]
    public var emailMessages: [String]
    public var blocked: Bool
    public var welcomeMail: Bool
    /// Where the password comes from; nil when none is written (the welcome mail sets it).
    public var password: Secret?

    init?(_ user: PortalUser) {
        guard let username = user.username?.value else { return nil }
        self.username = username
        name = user.name?.value
        email = user.email?.value ?? (EmailFormat.isEmail(username) ? username : nil)
        let roles = Set(user.roles.map(\.value)), messages = Set(user.emailMessages.map(\.value))
        self.roles = PortalCatalog.roleNames.filter(roles.contains)
        emailMessages = PortalCatalog.emailMessageNames.filter(messages.contains)
        blocked = user.blocked?.value ?? false
        welcomeMail = user.welcomeMail?.value ?? false
        password = user.password?.value
    }
}
