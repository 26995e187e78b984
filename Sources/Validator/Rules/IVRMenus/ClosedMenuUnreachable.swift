import Diagnostics
import Parser

/// `closed-menu-unreachable`: a menu's closed state that the company's automatic night
/// mode never lets a caller hear.
enum ClosedMenuUnreachable: CustomerRule {
    static let description = RuleDescription(
        id: "closed-menu-unreachable", severity: .warning, section: .ivrMenus,
        summary: "a closed IVR menu that never plays: the menu follows the company's automatic night mode, which is on whenever the menu is closed",
        rationale: """
        A menu that follows the company's night mode (the default) sends its callers to the night \\
        target while night mode is on, before its own states are looked at. When the company's \\
        automatic night mode is on at every moment the menu is closed — its office hours cover no \\
        time the menu's do not, and it closes on the menu's closing days — the closed menu is \\
        never heard. Give the menu `night_mode: { mode: off }` so that its closed menu answers after \\
        hours, or remove the closed menu.
        """,
        bad: [Example.customer("""
        schedules:
          office-hours: { hours: { mon-fri: "08:30-17:30" } }
        ivr_menus:
          - id: main
            extension: "555"
            office_hours: office-hours
            open: { to: jan }
            closed: ↓{ greeting: greetings/closed.wav, options: { "1": jan }, reception: jan }
        users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "805EC0123456", password: generate }] }]
        """, company: #"company: { number: "+31887654000", unassigned_numbers: voicemail, night_mode: { mode: auto, office_hours: office-hours } }"#)],
        good: [Example.customer("""
        schedules:
          office-hours: { hours: { mon-fri: "08:30-17:30" } }
        ivr_menus:
          - id: main
            extension: "555"
            office_hours: office-hours
            night_mode: { mode: off }
            open: { to: jan }
            closed: { greeting: greetings/closed.wav, options: { "1": jan }, reception: jan }
        users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "805EC0123456", password: generate }] }]
        """, company: #"company: { number: "+31887654000", unassigned_numbers: voicemail, night_mode: { mode: auto, office_hours: office-hours } }"#)])

    static func check(_ c: CustomerContext) {
        guard let night = c.customer.company?.nightMode, night.mode?.value == .auto,
              let companyHours = night.officeHours.flatMap({ c.schedulesByID[$0.value] }) else { return }
        for menu in c.customer.ivrMenus {
            guard let closed = menu.closed, (menu.nightMode?.mode.value ?? .follow) == .follow else { continue }
            // A closed state that sends callers where night mode sends them changes nothing.
            let nightTarget = menu.nightMode?.to?.value ?? night.to?.value ?? "voicemail"
            if closed.to?.value == nightTarget { continue }
            // The menu closes on its holidays; the company's night mode must close on them too.
            if let days = menu.holidays?.value, days != night.holidays?.value { continue }
            // Open by the menu's hours but not the company's: a time the closed menu cannot
            // play anyway. Closed by the menu's hours while the company is open: it plays.
            let menuOpen = menu.officeHours.flatMap { c.schedulesByID[$0.value] }.map(openMinutes)
            guard let menuOpen, isSubset(openMinutes(companyHours), of: menuOpen) else { continue }
            c.report(description, at: closed.location,
                     "the closed menu of IVR menu `\(menu.id?.value ?? "?")` never plays: whenever the menu is closed, "
                         + "the company's automatic night mode is on and sends its callers to the night target",
                     help: "give the menu `night_mode: { mode: off }`, or remove the closed menu")
        }
    }

    /// The open minutes of a week (7 × 1440) of a schedule's hours (a schedule without
    /// hours is open all week, as the compiler reads it).
    private static func openMinutes(_ schedule: Schedule) -> [Bool] {
        if schedule.hours.isEmpty { return [Bool](repeating: true, count: 7 * 1440) }
        var open = [Bool](repeating: false, count: 7 * 1440)
        for span in WeeklyHours.spans(of: schedule) where span.start < span.end {
            for minute in span.start..<min(span.end, 1440) { open[span.day * 1440 + minute] = true }
        }
        return open
    }

    private static func isSubset(_ a: [Bool], of b: [Bool]) -> Bool {
        zip(a, b).allSatisfy { !$0.0 || $0.1 }
    }
}
