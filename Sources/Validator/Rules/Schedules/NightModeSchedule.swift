import Domain
import Parser

/// `night-mode-schedule`: automatic night mode needs office hours.
enum NightModeSchedule: CustomerRule {
    static let description = RuleDescription(
        id: "night-mode-schedule", severity: .error, section: .schedules,
        summary: "`mode: auto` with no office hours",
        rationale: """
        "Automatisch betekent dat de nachtschakeling aan en uit schakelt op basis van een tijdschema": \
        automatic night mode switches by the office hours schedule, so it needs one \
        that has hours.
        """,
        bad: [Example.customer("", company: #"company: { number: "+31887654000", unassigned_numbers: voicemail, night_mode: ↓{ mode: auto } }"#)],
        good: [Example.customer("""
        schedules:
          office-hours: { hours: { mon-fri: "08:30-17:30" } }
        """, company: #"company: { number: "+31887654000", unassigned_numbers: voicemail, night_mode: { mode: auto, office_hours: office-hours } }"#)])

    static func check(_ c: CustomerContext) {
        guard let night = c.customer.company?.nightMode, night.mode?.value == .auto else { return }
        guard let hours = night.officeHours else {
            c.report(description, at: night.location, "night mode is `auto` but has no `office_hours`",
                     help: "add `office_hours:` naming a schedule with hours, or use `mode: on` / `off`")
            return
        }
        if let schedule = c.schedulesByID[hours.value], schedule.hours.isEmpty {
            c.report(description, at: hours.location,
                     "schedule `\(hours.value)` has no `hours`, so automatic night mode would never switch off",
                     notes: [("the schedule is here", schedule.location)])
        }
    }
}
