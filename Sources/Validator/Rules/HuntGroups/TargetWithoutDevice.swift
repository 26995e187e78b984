import Diagnostics
import Parser

/// `target-without-device`: a hunt-group member, or a user a call is sent to, that
/// has no device to ring.
enum TargetWithoutDevice: CustomerRule {
    static let description = RuleDescription(
        id: "target-without-device", severity: .warning, section: .huntGroups,
        summary: "a hunt-group member, or a user an IVR key, reception, forward, overflow or night mode sends calls to, that has no device: it rings nobody",
        rationale: """
        A user rings on the devices listed under `devices`; a user without any rings nobody. As a \\
        hunt-group member it is skipped (the others ring; when no member has a device the caller \\
        waits out the overflow time, or the call ends without one), and as the target of a menu \\
        key, a reception, a forward, an overflow or a night mode the call goes straight on to where \\
        the user's calls go when unreachable. `pbxc trace` says so too. Give the user a device, or \\
        send the calls to someone who has one. (A user who forwards every call with `forward: \\
        { always: … }` needs no device.)
        """,
        bad: [Example.customer("""
        hunt_groups:
          - { id: sales, extension: "101", members: [jan, ↓piet], overflow: { after_seconds: 30, to: voicemail } }
        users:
          - { id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "805EC0123456", password: generate }] }
          - { id: piet, name: Piet, extension: "202" }
        """), Example.customer("""
        ivr_menus:
          - id: main
            extension: "555"
            open: { greeting: greetings/welcome.wav, reception: ↓piet }
        users: [{ id: piet, name: Piet, extension: "202" }]
        """)],
        good: [Example.customer("""
        hunt_groups:
          - { id: sales, extension: "101", members: [jan, piet], overflow: { after_seconds: 30, to: voicemail } }
        users:
          - { id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "805EC0123456", password: generate }] }
          - { id: piet, name: Piet, extension: "202", devices: [{ model: snom-d785, mac: "000413123456", password: generate }] }
          - { id: kees, name: Kees, extension: "203", forward: { always: jan } }
        """)])

    static func check(_ c: CustomerContext) {
        for group in c.customer.huntGroups {
            for member in group.members {
                guard case .entity(let e) = c.resolve(member.value), let user = c.user(e), ringsNobody(user) else { continue }
                c.report(description, at: member.location,
                         "hunt group member \(e.label) has no device, so it rings nobody in group `\(group.id?.value ?? "?")`",
                         help: "add a device under the user's `devices`, or take the user out of the group")
            }
        }
        for (field, destination) in c.resolvedDestinations {
            guard case .entity(let e) = destination, let user = c.user(e), ringsNobody(user) else { continue }
            c.report(description, at: field.text.location,
                     "\(field.role) is \(e.label), who has no device: the call rings nobody and goes on to where the user's calls go when unreachable",
                     help: "add a device under the user's `devices`, or send the call to someone who has one")
        }
    }

    /// No device, and calls are not forwarded away before any device would ring.
    private static func ringsNobody(_ user: User) -> Bool {
        user.devices.isEmpty && user.forward?.always == nil
    }
}
