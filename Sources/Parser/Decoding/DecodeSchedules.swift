import Diagnostics

extension ConfigDecoder {
    /// One entry of the `schedules` map; its key is the schedule's id.
    func schedule(_ entry: YAMLPair) -> Schedule? {
        guard let id = entry.key.scalar else { return nil }
        var schedule = Schedule(id: LString(id, at: entry.key.location), location: entry.key.location)
        guard let r = ObjectReader(entry.value, Schemas.schedule, sink) else { return schedule }
        schedule.hours = r.entries("hours").compactMap { pair in
            guard let days = pair.key.scalar else { return nil }
            return Schedule.HoursEntry(days: LString(days, at: pair.key.location),
                                       spans: ScalarDecoding.strings(pair.value, key: days, sink))
        }
        schedule.holidays = r.value("holidays").map(holidayCalendars) ?? []
        schedule.dates = r.strings("dates")
        return schedule
    }

    /// `holidays:` — a calendar code, a `{ calendar, drop, add }` mapping, or a list of
    /// either.
    private func holidayCalendars(_ node: YAMLNode) -> [Schedule.HolidayCalendarChoice] {
        switch node.kind {
        case .scalar, .mapping: return holidayCalendar(node).map { [$0] } ?? []
        case .sequence:
            var result: [Schedule.HolidayCalendarChoice] = []
            node.forEachChild { if let choice = holidayCalendar($0) { result.append(choice) } }
            return result
        }
    }

    private func holidayCalendar(_ node: YAMLNode) -> Schedule.HolidayCalendarChoice? {
        switch node.kind {
        case .scalar:
            return ScalarDecoding.string(node, key: "holidays", sink).map { Schedule.HolidayCalendarChoice(calendar: $0) }
        case .mapping:
            guard let r = ObjectReader(node, Schemas.holidayCalendar, sink), let code = r.string("calendar") else { return nil }
            return Schedule.HolidayCalendarChoice(calendar: code, drop: r.strings("drop"), add: r.strings("add"))
        case .sequence:
            sink.report(.wrongType, at: node.location,
                        "a `holidays` entry must be a calendar code or a `{ calendar, drop, add }` mapping, found a list")
            return nil
        }
    }
}
