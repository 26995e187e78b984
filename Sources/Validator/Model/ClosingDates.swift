import Domain

/// An entry of a schedule's `dates`: one closing day `2026-12-24`, or a holiday period
/// `2026-07-20 - 2026-08-07` (both days included; a spaced hyphen, an en dash or `..`).
public enum ClosingDates {
    /// The longest period pbxc accepts, in days.
    public static let maxPeriodDays = 366

    public enum Problem: Error, Equatable {
        case notADate(String)
        case endsBeforeStart
        case tooLong(Int)
    }

    /// The days of the entry, or why it is none.
    public static func days(_ text: String) -> Result<[LocalDate], Problem> {
        var ends = [text]
        for separator in [" - ", "–", ".."] where text.contains(separator) {
            ends = text.components(separatedBy: separator)
            break
        }
        let trimmed = ends.map { $0.trimmedSpaces() }
        guard trimmed.count <= 2 else { return .failure(.notADate(text)) }
        var dates: [LocalDate] = []
        for end in trimmed {
            guard CalendarDate(end) != nil, let date = LocalDate(end) else { return .failure(.notADate(end)) }
            dates.append(date)
        }
        guard let first = dates.first, let last = dates.last else { return .failure(.notADate(text)) }
        guard first <= last else { return .failure(.endsBeforeStart) }
        let count = last.dayNumber - first.dayNumber + 1
        guard count <= maxPeriodDays else { return .failure(.tooLong(count)) }
        return .success((0..<count).map { first.adding(days: $0) })
    }
}
