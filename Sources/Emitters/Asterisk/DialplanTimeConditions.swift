import Compiler

/// Night mode and schedules as Gosub routines that return 1 or 0.
extension Dialplan {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Routines only for the schedules in use: "open" for office hours, "closed" for
    /// holiday schedules and for office hours that have closing days of their own.
    mutating func writeTimeConditions() {
        writeNightMode()
        var officeHours: Set<String> = [], holidays: Set<String> = []
        if table.nightMode.mode == .auto {
            if let hours = table.nightMode.officeHours { officeHours.insert(hours) }
            if let days = table.nightMode.holidays { holidays.insert(days) }
        }
        for case .menu(let menu) in table.nodes.values where menu.closed != nil {
            if let hours = menu.officeHours { officeHours.insert(hours) }
            if let days = menu.holidays { holidays.insert(days) }
        }
        for case .user(let user) in table.nodes.values {
            officeHours.formUnion(user.callerBlocks.compactMap(\.schedule))
        }
        for (id, schedule) in table.schedules.sorted(by: { $0.key < $1.key }) {
            if officeHours.contains(id) { writeOpen(id, schedule) }
            if holidays.contains(id) || officeHours.contains(id) { writeClosed(id, schedule) }
        }
    }

    /// 1 while company night mode is on: always, never, or (auto) on a closing day of
    /// the holiday schedule and outside the office hours.
    mutating func writeNightMode() {
        let night = table.nightMode
        out.context(names.nightMode, "company night mode: \(night.mode.rawValue)"
                    + (night.featureCode == nil ? "" : ", or on while switched on by hand"))
        // The manual switch (the feature code) wins over the mode while it is on.
        let manual: [DialplanBuilder.Step] = night.featureCode == nil ? [] : [
            #"GotoIf($["${DEVICE_STATE(\#(nightSwitchDevice))}" = "INUSE"]?switched)"#,
        ]
        let switched: [DialplanBuilder.Step] = night.featureCode == nil ? [] : [.init("Return(1)", label: "switched")]
        switch night.mode {
        case .off: out.exten("s", manual + ["Return(0)"] + switched)
        case .on: out.exten("s", manual + ["Return(1)"] + switched)
        case .auto:
            var steps: [DialplanBuilder.Step] = []
            if let holidays = night.holidays {
                steps += ["Gosub(\(names.closed(holidays)),s,1)", "GotoIf($[${GOSUB_RETVAL} = 1]?night)"]
            }
            if let hours = night.officeHours {
                steps += ["Gosub(\(names.open(hours)),s,1)", "GotoIf($[${GOSUB_RETVAL} = 1]?day)"]
                steps.append(.init("Return(1)", label: "night"))
                steps.append(.init("Return(0)", label: "day"))
            } else {
                steps += [.init("Return(0)", label: "day"), .init("Return(1)", label: "night")]
            }
            out.exten("s", manual + steps + switched)
        }
    }

    /// `Custom:<c>-nightswitch`: INUSE while night mode is switched on by hand.
    var nightSwitchDevice: DialplanCode { DialplanCode(customDevice: names.nightSwitch) }

    /// The feature code flips the manual switch and says which way; its hint lights
    /// the BLF keys on it. Asterisk keeps custom device states across restarts.
    mutating func writeNightSwitch() {
        guard let code = table.nightMode.featureCode else { return }
        let device = nightSwitchDevice
        out.exten(code, [
            #"Set(DEVICE_STATE(\#(device))=${IF($["${DEVICE_STATE(\#(device))}" = "INUSE"]?NOT_INUSE:INUSE)})"#,
            "Answer()",
            #"Playback(${IF($["${DEVICE_STATE(\#(device))}" = "INUSE"]?activated:de-activated)})"#,
            "Hangup()",
        ])
        out.hint(code, device)
    }

    /// 1 within the schedule's hours and not on one of its closing days. Spans with
    /// the same times share one `GotoIfTime` (days joined with `&`); Asterisk's end
    /// minute is inclusive, so `[08:30, 17:30)` is written `08:30-17:29`.
    mutating func writeOpen(_ id: String, _ schedule: CompiledSchedule) {
        out.context(names.open(id), "1 within the hours of schedule \(id)")
        var steps: [DialplanBuilder.Step] = []
        if !schedule.closedDays.isEmpty {
            steps += ["Gosub(\(names.closed(id)),s,1)", "GotoIf($[${GOSUB_RETVAL} = 1]?closed)"]
        }
        var days: [String: [String]] = [:]
        var order: [String] = []
        for span in schedule.hours {
            let times = "\(Self.clock(span.start))-\(Self.clock(span.end - 1))"
            if days[times] == nil { order.append(times) }
            days[times, default: []].append(span.day)
        }
        for times in order {
            steps.append("GotoIfTime(\(times),\(days[times]!.joined(separator: "&")),*,*,\(zone)?open)")
        }
        steps.append(.init("Return(0)", label: "closed"))
        steps.append(.init("Return(1)", label: "open"))
        out.exten("s", steps)
    }

    /// 1 on a closing day. GotoIfTime has no year, so the days of each year stand
    /// behind a check of the current year; outside the years of the build there are
    /// no closing days (rebuild once a year — docs/outputs.md).
    mutating func writeClosed(_ id: String, _ schedule: CompiledSchedule) {
        guard !schedule.closedDays.isEmpty else { return }
        out.context(names.closed(id), "1 on a closing day of schedule \(id)")
        var byYear: [String: [ClosedDay]] = [:]
        for day in schedule.closedDays { byYear[String(day.date.prefix(4)), default: []].append(day) }
        let years = byYear.keys.sorted()
        var steps: [DialplanBuilder.Step] = ["Set(PBXC_YEAR=${STRFTIME(${EPOCH},\(zone),%Y)})"]
        for (i, year) in years.enumerated() {
            let next = i + 1 < years.count ? "y\(years[i + 1])" : "open"
            var check = DialplanBuilder.Step("GotoIf($[${PBXC_YEAR} != \(year)]?\(next))")
            if i > 0 { check.label = "y\(year)" }
            steps.append(check)
            for day in byYear[year]! {
                let parts = day.date.split(separator: "-")
                guard parts.count == 3, let month = Int(parts[1]), let mday = Int(parts[2]) else { continue }
                steps.append("GotoIfTime(*,*,\(mday),\(Self.months[month - 1]),\(zone)?closed)")
            }
            steps.append("Return(0)")
        }
        steps.append(.init("Return(0)", label: "open"))
        steps.append(.init("Return(1)", label: "closed"))
        out.exten("s", steps)
    }

    static func clock(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return "\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }
}
