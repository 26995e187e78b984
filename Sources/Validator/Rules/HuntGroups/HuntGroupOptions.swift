import Diagnostics
import Domain
import Parser

/// `hunt-group-options`: the group switches must fit the group's policy.
enum HuntGroupOptions: CustomerRule {
    static let description = RuleDescription(
        id: "hunt-group-options", severity: .error, section: .huntGroups,
        summary: "`next_member: false` on a simultaneous group, or beside `next_member_after_rings`",
        rationale: """
        Switching "next member after N rings" off keeps a call with the first member who can take it \
        until the overflow. A simultaneous group rings every member at once, so it has no next member \
        to switch off; and a number of rings before the next member says the opposite of \
        `next_member: false` — one of the two is a mistake.
        """,
        bad: [Example.customer("""
        users: [{ id: jan, name: Jan, extension: "201" }]
        hunt_groups: [{ id: sales, extension: "101", policy: simultaneous, members: [jan], next_member: ↓false, overflow: voicemail }]
        """),
              Example.customer("""
        users: [{ id: jan, name: Jan, extension: "201" }]
        hunt_groups: [{ id: sales, extension: "101", policy: circular, members: [jan], next_member_after_rings: 3, next_member: ↓false, overflow: voicemail }]
        """)],
        good: [Example.customer("""
        users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56" }] }]
        hunt_groups: [{ id: sales, extension: "101", policy: fixed_order, members: [jan], next_member: false, busy_tone: true, overflow: voicemail }]
        """)])

    static func check(_ c: CustomerContext) {
        for group in c.customer.huntGroups {
            guard let next = group.nextMember, !next.value else { continue }
            let name = group.id?.value ?? "?"
            if (group.policy?.value ?? .simultaneous) == .simultaneous {
                c.report(description, at: next.location,
                         "hunt group `\(name)` rings all members at once: there is no next member to switch off",
                         help: "remove `next_member`, or choose `policy: fixed_order` or `circular`")
            } else if let rings = group.nextMemberAfterRings {
                c.report(description, at: next.location,
                         "hunt group `\(name)` has no next member, yet `next_member_after_rings` is \(rings.value)",
                         notes: [("`next_member_after_rings` is here", rings.location)],
                         help: "remove one of the two")
            }
        }
    }
}
