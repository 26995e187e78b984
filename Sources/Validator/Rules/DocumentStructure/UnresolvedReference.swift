import Diagnostics
import Domain
import Parser

/// `unresolved-reference`: every name must name something.
enum UnresolvedReference: CustomerRule {
    static let description = RuleDescription(
        id: "unresolved-reference", severity: .error, section: .documentStructure,
        summary: "a destination, member, schedule, product or porting id that names nothing; suggest the nearest",
        rationale: """
        Destinations name a user, hunt group or menu by id or extension, `voicemail`, `voicemail:<user>` \
        or an external number; `office_hours` and `holidays` name schedules; an order's `porting` names a \
        porting request. A name that matches nothing gets the nearest existing one as a suggestion. \
        Extension 998 is the company fax, a service of the platform: pbxc writes no fax dialplan, so \
        no call can be sent there.
        """,
        bad: [Example.customer("""
        hunt_groups: [{ id: sales, extension: "101", members: [jan], overflow: { after_seconds: 30, to: ↓voicemial } }]
        users: [{ id: jan, name: Jan, extension: "201" }]
        """),
              Example.customer("""
        users: [{ id: jan, name: Jan, extension: "201", forward: { busy: ↓"998" } }]
        """)],
        good: [Example.customer("""
        hunt_groups: [{ id: sales, extension: "101", members: [jan], overflow: { after_seconds: 30, to: voicemail } }]
        users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "805EC0123456", password: generate }] }]
        """)])

    static func check(_ c: CustomerContext) {
        for (field, destination) in c.resolvedDestinations {
            if case .unresolved(let message, let help) = destination {
                c.report(description, at: field.text.location, "\(field.role): \(message)", help: help)
            }
        }
        for group in c.customer.huntGroups {
            for member in group.members {
                if case .unresolved(let message, let help) = c.resolve(member.value) {
                    c.report(description, at: member.location,
                             "member of hunt group `\(group.id?.value ?? "?")`: \(message)", help: help)
                }
            }
        }
        var scheduleRefs: [LString] = []
        if let night = c.customer.company?.nightMode { scheduleRefs += [night.officeHours, night.holidays].compactMap { $0 } }
        for menu in c.customer.ivrMenus { scheduleRefs += [menu.officeHours, menu.holidays].compactMap { $0 } }
        for user in c.customer.users { scheduleRefs += (user.blockIncoming?.numbers ?? []).compactMap(\.schedule) }
        let scheduleIDs = c.customer.schedules.map(\.id.value)
        for ref in scheduleRefs where c.schedulesByID[ref.value] == nil {
            c.report(description, at: ref.location, "no schedule is named `\(ref.value)`",
                     help: Suggestions.didYouMean(ref.value, in: scheduleIDs)
                        ?? (scheduleIDs.isEmpty ? "define it under `schedules:`" : "schedules: \(scheduleIDs.joined(separator: ", "))"))
        }
        let portingIDs = c.customer.porting.compactMap(\.id?.value)
        for order in c.customer.orders {
            guard let ref = order.porting, !portingIDs.contains(ref.value) else { continue }
            c.report(description, at: ref.location, "no porting request is named `\(ref.value)`",
                     help: Suggestions.didYouMean(ref.value, in: portingIDs))
        }
    }
}
