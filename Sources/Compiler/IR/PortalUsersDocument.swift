/// `portal-users.json`: the users of a customer's management portal, for the portal's
/// API (schema: docs/schemas/portal-users.schema.json). Passwords are never in it: it
/// says where each comes from (the deployer reads it from the same place), or that the
/// welcome mail lets the user set one.
public struct PortalUsersDocument: Codable, Equatable, Sendable {
    public var formatVersion = 1
    public var customer: CustomerRef
    public var users: [User]

    public struct CustomerRef: Codable, Equatable, Sendable {
        public var id: String
        public var name: String
    }

    public struct User: Codable, Equatable, Sendable {
        public var username: String
        public var name: String?
        public var email: String?
        public var roles: [String]
        public var emailMessages: [String]
        public var blocked: Bool
        public var welcomeMail: Bool
        public var password: PasswordSource?

        enum CodingKeys: String, CodingKey {
            case username, name, email, roles, blocked, password
            case emailMessages = "email_messages"
            case welcomeMail = "welcome_mail"
        }

        /// `email` is always written (null when the user has no address), so a user's
        /// entry has the same keys whatever the username holds.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(username, forKey: .username)
            try c.encodeIfPresent(name, forKey: .name)
            try c.encode(email, forKey: .email)
            try c.encode(roles, forKey: .roles)
            try c.encode(emailMessages, forKey: .emailMessages)
            try c.encode(blocked, forKey: .blocked)
            try c.encode(welcomeMail, forKey: .welcomeMail)
            try c.encodeIfPresent(password, forKey: .password)
        }
    }

    /// Where a password comes from, never the password: `env` and `file` name the
    /// variable or file, `generate` derives it from `PBXC_MASTER_KEY`, `repository`
    /// is written in the customer's file (and not repeated here).
    public struct PasswordSource: Codable, Equatable, Sendable {
        public var source: String
        public var name: String?
    }

    enum CodingKeys: String, CodingKey {
        case customer, users
        case formatVersion = "format_version"
    }
}
