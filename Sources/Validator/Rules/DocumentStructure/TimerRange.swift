import Domain
import Parser

/// `timer-range`: counts of rings and seconds a platform can honour (an addition to
/// the catalog, found by fuzzing: `next_member_after_rings: 0` made the dialplan
/// emitter loop forever).
enum TimerRange: CustomerRule {
    static let rings = CallTimers.rings
    static let seconds = CallTimers.seconds

    static let description = RuleDescription(
        id: "timer-range", severity: .error, section: .documentStructure,
        summary: "a number of rings outside 1–20 or of seconds outside 1–900 — beyond",
        rationale: """
        Rings (voicemail and forward `rings`, a hunt group's `next_member_after_rings`) and waiting times \
        (`overflow.after_seconds`, a menu's `timeout_seconds`) say how long a call rings or waits. Zero or \
        a negative count never rings; the portal fields ("Na aantal keer overgaan", "Wachttijd (seconden)") take small positive numbers. pbxc accepts 1–20 rings (a ring is about 5 s) and 1–900 \
        seconds (15 minutes).
        """,
        bad: [Example.customer("""
        users: [{ id: jan, name: Jan, extension: "201" }]
        hunt_groups:
          - { id: sales, extension: "101", members: [jan], next_member_after_rings: ↓0, overflow: { after_seconds: 30, to: voicemail } }
        """),
              Example.customer("""
        users:
          - { id: jan, name: Jan, extension: "201", forward: { no_answer: { to: "+31612345678", rings: ↓40 } } }
        """)],
        good: [Example.customer("""
        users:
          - { id: jan, name: Jan, extension: "201", forward: { no_answer: { to: "+31612345678", rings: 4 } }, devices: [{ model: yealink-t54w, mac: "805EC0123456", password: generate }] }
        hunt_groups:
          - { id: sales, extension: "101", members: [jan], next_member_after_rings: 4, overflow: { after_seconds: 30, to: voicemail } }
        """)])

    static func check(_ c: CustomerContext) {
        for user in c.customer.users {
            check(user.voicemail?.rings, rings, "rings before voicemail", c)
            guard let forward = user.forward else { continue }
            for count in [forward.always?.rings, forward.busy?.rings, forward.noAnswer?.rings, forward.unreachable?.rings] {
                check(count, rings, "rings before the forward", c)
            }
        }
        for group in c.customer.huntGroups {
            check(group.nextMemberAfterRings, rings, "`next_member_after_rings`", c)
            check(group.overflow?.afterSeconds, seconds, "`after_seconds`", c)
        }
        for menu in c.customer.ivrMenus {
            for state in menu.states { check(state.timeoutSeconds, seconds, "`timeout_seconds`", c) }
        }
    }

    private static func check(_ value: Located<Int>?, _ range: ClosedRange<Int>, _ what: String, _ c: CustomerContext) {
        guard let value, !range.contains(value.value) else { return }
        let unit = range == rings ? "rings" : "seconds"
        c.report(description, at: value.location, "\(what) is \(value.value): it must be \(range.lowerBound)–\(range.upperBound) \(unit)",
                 help: unit == "rings" ? "4 or 5 rings is usual (20–25 s)" : "30 s is usual for an overflow, 5–10 s for a menu")
    }
}
