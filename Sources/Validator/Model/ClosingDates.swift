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
        let trimmed = ends(of: text).map { $0.trimmedSpaces() }
        guard trimmed.count <= 2 else { return .failure(.notADate(text)) }
        var dates: [LocalDate] = []
        for end in trimmed {
            guard let date = LocalDate(end) else { return .failure(.notADate(end)) }
            dates.append(date)
        }
        guard let first = dates.first, let last = dates.last else { return .failure(.notADate(text)) }
        guard first <= last else { return .failure(.endsBeforeStart) }
        let count = last.dayNumber - first.dayNumber + 1
        guard count <= maxPeriodDays else { return .failure(.tooLong(count)) }
        return .success((0..<count).map { first.adding(days: $0) })
    }

    /// How a period's two ends may be separated, in the order they are looked for.
    private static let separators: [[UInt8]] = [Array(" - ".utf8), Array("–".utf8), Array("..".utf8)]

    /// The parts of `text` between the occurrences of the first separator it contains
    /// (`[text]` when it has none). Over the UTF-8 bytes: Foundation's `contains` and
    /// `components(separatedBy:)` cost `check` more than the rest of the schedule rule.
    private static func ends(of text: String) -> [String] {
        let bytes = Array(text.utf8)
        for separator in separators {
            var parts: [String] = []
            var start = 0, index = 0
            while index + separator.count <= bytes.count {
                if bytes[index..<index + separator.count].elementsEqual(separator) {
                    parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
                    index += separator.count
                    start = index
                } else {
                    index += 1
                }
            }
            if !parts.isEmpty {
                return parts + [String(decoding: bytes[start...], as: UTF8.self)]
            }
        }
        return [text]
    }
}
