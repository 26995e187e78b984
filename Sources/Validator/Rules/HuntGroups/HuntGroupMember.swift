import Domain
import Parser

/// `hunt-group-member`: members are users that can be rung.
enum HuntGroupMember: CustomerRule {
    static let description = RuleDescription(
        id: "hunt-group-member", severity: .error, section: .huntGroups,
        summary: "a member that is not a user with a number or extension",
        rationale: """
        "All users (with an internal and/or external number) are shown" as candidate members: \
        members are users, named by id or extension, that can be rung. A group or menu \
        is not a member; a user without number or extension cannot ring.
        """,
        bad: [Example.customer("""
        hunt_groups:
          - { id: sales, extension: "101", members: [jan, ↓support], overflow: { after_seconds: 30, to: voicemail } }
          - { id: support, extension: "102", members: [jan], overflow: { after_seconds: 30, to: voicemail } }
        users: [{ id: jan, name: Jan, extension: "201" }]
        """)],
        good: [Example.customer("""
        hunt_groups:
          - { id: sales, extension: "101", members: [jan, "202"], overflow: { after_seconds: 30, to: voicemail } }
        users:
          - { id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "805EC0123456", password: generate }] }
          - { id: piet, name: Piet, extension: "202", devices: [{ model: yealink-t54w, mac: "805EC0123457", password: generate }] }
        """)])

    static func check(_ c: CustomerContext) {
        for group in c.customer.huntGroups {
            var seen = Set<String>()
            for member in group.members {
                switch c.resolve(member.value) {
                case .entity(let e) where e.kind == .user:
                    if let id = e.id?.value, !seen.insert(id).inserted {
                        c.report(description, at: member.location, "\(e.label) is already a member of this group",
                                 help: "list each member once")
                    }
                case .entity(let e):
                    c.report(description, at: member.location,
                             "member `\(member.value)` is \(e.label); hunt group members must be users",
                             help: "list the users of \(e.label) instead")
                case .companyVoicemail, .userVoicemail, .external:
                    c.report(description, at: member.location,
                             "member `\(member.value)` is not a user; hunt group members must be users",
                             help: "send calls there with `overflow: { to: \(member.value) }` instead")
                case .unresolved:
                    continue  // unresolved-reference
                }
            }
        }
    }
}
