/// The words of the management portal's user administration: the roles a portal user
/// can have (with the role each needs), and the e-mail messages a user can be
/// registered for. The portal offers these and no others.
public enum PortalCatalog {
    public struct Role: Sendable {
        public var name: String
        /// What the role allows, in words.
        public var meaning: String
        /// The role that must be given too (the portal offers this one only then).
        public var requires: String?
    }

    public static let roles: [Role] = [
        Role(name: "user_management", meaning: "add, block and remove portal users, change their roles and registrations"),
        Role(name: "invoices", meaning: "see invoices"),
        Role(name: "settings", meaning: "change the PBX settings"),
        Role(name: "mobile_access", meaning: "access to the mobile subscriptions"),
        Role(name: "mobile_limits", meaning: "change mobile usage limits", requires: "mobile_access"),
        Role(name: "mobile_settings", meaning: "see mobile settings", requires: "mobile_access"),
        Role(name: "mobile_block", meaning: "block a mobile subscription (SIM card)", requires: "mobile_access"),
    ]

    /// E-mail messages by name, with their meaning.
    public static let emailMessages: [(name: String, meaning: String)] = [
        ("voip_usage", "VoIP usage over the warning limit"),
        ("mobile_usage", "mobile usage over its limit"),
        ("invoices", "invoices"),
        ("sim_blocking", "confirmation of a SIM card blocked or unblocked"),
    ]

    public static let roleNames = roles.map(\.name)
    public static let emailMessageNames = emailMessages.map(\.name)

    static let roleChoices = roles.map { ($0.name, $0.meaning) }
    static let emailMessageChoices = emailMessages.map { ($0.name, $0.meaning) }
}
