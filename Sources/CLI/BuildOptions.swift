import ArgumentParser
import Domain
import Foundation
import Validator

/// `--today DATE`: fixes "today" (the build year's holidays, date rules) so a run is
/// reproducible; by default the local date of the machine.
struct TodayOption: ParsableArguments {
    @Option(help: ArgumentHelp("The date to treat as today (YYYY-MM-DD).", valueName: "date"))
    var today: String?

    func validate() throws {
        if let today, LocalDate(today) == nil { throw ValidationError("--today must be a date written YYYY-MM-DD") }
    }

    var date: LocalDate {
        if let today, let date = LocalDate(today) { return date }
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }
}
