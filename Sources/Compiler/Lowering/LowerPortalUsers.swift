import Parser
import Validator

extension RoutingCompiler {
    /// The portal's users as its API takes them; nil when there are none.
    func lowerPortalUsers(header: CustomerHeader) -> PortalUsersDocument? {
        guard !c.portalUsers.isEmpty else { return nil }
        return PortalUsersDocument(
            customer: .init(id: header.id, name: header.name),
            users: c.portalUsers.map { user in
                PortalUsersDocument.User(
                    username: user.username, name: user.name, email: user.email, roles: user.roles,
                    emailMessages: user.emailMessages, blocked: user.blocked, welcomeMail: user.welcomeMail,
                    password: user.password.map(Self.passwordSource))
            })
    }

    static func passwordSource(_ secret: Secret) -> PortalUsersDocument.PasswordSource {
        switch secret {
        case .environment(let name): return .init(source: "env", name: name)
        case .file(let path): return .init(source: "file", name: path)
        case .generate: return .init(source: "generate")
        case .literal: return .init(source: "repository")
        }
    }
}
