import Domain
import Foundation
import Validator

/// Schedules and night mode evaluated at one local moment, with the reason for each
/// answer (so a trace can say which schedule or holiday decided).
struct TimeConditions {
    let table: RoutingTable
    let at: LocalDateTime
    var holidays = HolidayLookup()
    /// The company's manual night-mode switch (its feature code) is on.
    var nightSwitch = false

    /// The closing day `at` falls on for a schedule: a holiday of one of its calendars
    /// (computed for any year) or one of its extra dates.
    func closedDay(_ scheduleID: String?) -> String? {
        guard let id = scheduleID, let schedule = table.schedules[id] else { return nil }
        if schedule.dates.contains(at.date.description) {
            return "\(at.date) is a closing day of schedule `\(id)`"
        }
        for selection in schedule.holidaySelections {
            if let holiday = holidays.holiday(selection, on: at.date) {
                return "\(at.date) is \(holiday.name) (\(selection.calendar) holidays of schedule `\(id)`)"
            }
        }
        return nil
    }

    /// Whether a schedule's hours include `at` (and it is not one of its closing days).
    func isOpen(_ scheduleID: String) -> (open: Bool, reason: String) {
        if let closed = closedDay(scheduleID) { return (false, closed) }
        guard let schedule = table.schedules[scheduleID] else {
            return (true, "schedule `\(scheduleID)` is not defined")
        }
        let day = WeeklyHours.dayNames[at.date.weekday]
        let open = schedule.hours.contains { $0.day == day && $0.start <= at.minute && at.minute < $0.end }
        return (open, "\(open ? "within" : "outside") the hours of `\(scheduleID)`")
    }

    /// Whether the company's night mode is on at `at`.
    func companyNight() -> (on: Bool, reason: String) {
        let night = table.nightMode
        if nightSwitch, night.featureCode != nil {
            return (true, "company night mode is switched on by hand (feature code \(night.featureCode ?? ""))")
        }
        switch night.mode {
        case .off: return (false, "company night mode is off")
        case .on: return (true, "company night mode is switched on")
        case .auto:
            if let holiday = closedDay(night.holidays) { return (true, "automatic night mode: \(holiday)") }
            guard let hours = night.officeHours else { return (false, "automatic night mode has no office hours") }
            let (open, reason) = isOpen(hours)
            return (!open, "automatic night mode: \(reason)")
        }
    }

    /// Whether an entity is in night mode at `at`.
    func entityNight(_ mode: EntityNightMode) -> (on: Bool, reason: String) {
        switch mode.mode {
        case .off: return (false, "its night mode is switched off")
        case .on: return (true, "its night mode is switched on")
        case .follow:
            let (on, reason) = companyNight()
            return (on, "it follows the company: \(reason)")
        }
    }

    /// Which state of a menu is in force: the open one within office hours and off its
    /// closing days, the closed one otherwise (the open one when there is no closed).
    func menuState(_ menu: MenuNode) -> (state: MenuState, open: Bool, reason: String) {
        guard let closed = menu.closed else { return (menu.open, true, "the menu has one state") }
        if let holiday = closedDay(menu.holidays) { return (closed, false, holiday) }
        guard let hours = menu.officeHours else { return (menu.open, true, "the menu has no office hours") }
        let (open, reason) = isOpen(hours)
        return (open ? menu.open : closed, open, reason)
    }
}

/// Holidays by calendar and date, each year's calendar computed once: `pbxc diff`
/// follows thousands of calls over the same days, and a calendar's year (Easter and
/// all) costs more than the rest of a trace. Shared by the traces of one simulator.
final class HolidayLookup: @unchecked Sendable {
    private let lock = NSLock()
    private var years: [Key: [LocalDate: Holiday]] = [:]

    private struct Key: Hashable {
        var selection: HolidaySelection
        var year: Int
    }

    func holiday(_ selection: HolidaySelection, on date: LocalDate) -> Holiday? {
        let key = Key(selection: selection, year: date.year)
        lock.lock()
        defer { lock.unlock() }
        if let year = years[key] { return year[date] }
        let year = Dictionary(HolidayCalendars.holidays(selection, year: date.year).map { ($0.date, $0) }, uniquingKeysWith: { a, _ in a })
        years[key] = year
        return year[date]
    }
}
