import Domain
import Parser

/// `hunt-group-overflow`: always say where calls go when nobody answers.
enum HuntGroupOverflow: CustomerRule {
    static let description = RuleDescription(
        id: "hunt-group-overflow", severity: .warning, section: .huntGroups,
        summary: "no forward after wait time: calls can stay unanswered (the hosted PBX says to always configure one)",
        rationale: """
        "Het advies is om dit altijd te configureren, omdat anders een gesprek onbeantwoord kan blijven": \
        without `overflow`, a call nobody answers rings until the caller gives up.
        """,
        bad: [Example.customer("""
        hunt_groups: [↓{ id: sales, extension: "101", members: [jan] }]
        users: [{ id: jan, name: Jan, extension: "201" }]
        """)],
        good: [Example.customer("""
        hunt_groups: [{ id: sales, extension: "101", members: [jan], overflow: { after_seconds: 30, to: voicemail } }]
        users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "805EC0123456", password: generate }] }]
        """)])

    static func check(_ c: CustomerContext) {
        for group in c.customer.huntGroups where group.overflow == nil && !group.members.isEmpty {
            c.report(description, at: group.location,
                     "hunt group `\(group.id?.value ?? "?")` has no overflow: unanswered calls ring until the caller hangs up",
                     help: "add `overflow: { after_seconds: 30, to: voicemail }`")
        }
    }
}
