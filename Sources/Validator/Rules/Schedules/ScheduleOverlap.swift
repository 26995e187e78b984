import Domain
import Parser

/// `schedule-overlap`: spans of one schedule should not overlap.
enum ScheduleOverlap: CustomerRule {
    static let description = RuleDescription(
        id: "schedule-overlap", severity: .warning, section: .schedules,
        summary: "spans of one schedule overlap",
        rationale: """
        Overlapping spans are harmless to the platform but almost always a typo (`mon-fri` and `fri` both \
        set, or `12:00-13:30` next to `13:00-17:00`); the hours that were meant are unclear.
        """,
        bad: [Example.customer("""
        schedules:
          office-hours:
            hours: { mon-fri: ["08:30-12:30", ↓"12:00-17:30"] }
        """)],
        good: [Example.customer("""
        schedules:
          office-hours:
            hours: { mon-fri: ["08:30-12:30", "13:00-17:30"] }
        """)])

    static func check(_ c: CustomerContext) {
        for schedule in c.customer.schedules {
            let spans = WeeklyHours.spans(of: schedule).sorted { ($0.day, $0.start) < ($1.day, $1.start) }
            var reported = Set<String>()
            for (a, b) in zip(spans, spans.dropFirst()) where a.day == b.day && b.start < a.end {
                let later = a.source.location.offset > b.source.location.offset ? a : b
                let earlier = later.source.location == a.source.location ? b : a
                let key = "\(later.source.location.offset)"
                guard reported.insert(key).inserted else { continue }
                c.report(description, at: later.source.location,
                         "`\(later.source.value)` overlaps `\(earlier.source.value)` on \(WeeklyHours.dayNames[a.day]) in schedule `\(schedule.id.value)`",
                         notes: later.source.location == earlier.source.location ? [] : [("the other span is here", earlier.source.location)])
            }
        }
    }
}
