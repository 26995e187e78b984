import Domain
import Parser

/// `hunt-group-empty`: a hunt group rings its members, so it needs some.
enum HuntGroupEmpty: CustomerRule {
    static let description = RuleDescription(
        id: "hunt-group-empty", severity: .error, section: .huntGroups,
        summary: "no members",
        rationale: "A hunt group offers calls to its members; without members every call goes unanswered.",
        bad: [Example.customer(#"hunt_groups: [{ id: sales, extension: "101", members: ↓[], overflow: { after_seconds: 30, to: voicemail } }]"#),
              Example.customer(#"hunt_groups: [↓{ id: sales, extension: "101", overflow: { after_seconds: 30, to: voicemail } }]"#)],
        good: [Example.customer("""
        hunt_groups: [{ id: sales, extension: "101", members: [jan], overflow: { after_seconds: 30, to: voicemail } }]
        users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "805EC0123456", password: generate }] }]
        """)])

    static func check(_ c: CustomerContext) {
        for group in c.customer.huntGroups where group.members.isEmpty {
            c.report(description, at: group.membersLocation ?? group.location,
                     "hunt group `\(group.id?.value ?? "?")` has no members",
                     help: "add users to `members`")
        }
    }
}
