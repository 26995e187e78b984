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
        schedule.holidays = r.strings("holidays")
        schedule.dates = r.strings("dates")
        return schedule
    }
}
