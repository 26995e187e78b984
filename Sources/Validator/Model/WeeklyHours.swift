import Domain
import Parser

/// Opening hours parsed: a list of spans per weekday, in minutes since midnight.
/// Day specs: `mon`…`sun`, ranges (`mon-fri`), lists (`mon,wed`), `daily`,
/// `weekdays` (mon–fri), `weekend`. Span lists: `"08:30-12:00, 13:00-17:30"`;
/// `24:00` may end a span. An overnight span must be written as two.
public enum WeeklyHours {
    public static let dayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    public struct Span: Sendable, Equatable {
        /// 0 = Monday.
        public var day: Int
        public var start: Int
        public var end: Int
        public var source: LString
    }

    public enum Problem: Error, Equatable {
        case badDay(String)
        case badTime(String)
        case endsBeforeStart(String)
    }

    /// The weekdays of a day spec.
    public static func days(_ spec: String) -> Result<[Int], Problem> {
        if let day = dayIndex(spec) { return .success([day]) }  // fast paths: `sat`, `mon-fri`
        if spec.utf8.count == 7, spec.utf8[spec.utf8.index(spec.utf8.startIndex, offsetBy: 3)] == UInt8(ascii: "-"),
           let a = dayIndex(String(spec.prefix(3))), let b = dayIndex(String(spec.suffix(3))), a <= b {
            return .success(Array(a...b))
        }
        let lower = spec.lowercased().replacingSpaces()
        switch lower {
        case "daily", "everyday", "mon-sun": return .success(Array(0..<7))
        case "weekdays": return .success(Array(0..<5))
        case "weekend": return .success([5, 6])
        default: break
        }
        var result: [Int] = []
        for part in lower.split(separator: ",") {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard (1...2).contains(ends.count), let a = dayNames.firstIndex(of: ends[0]),
                  let b = dayNames.firstIndex(of: ends.last!), a <= b else {
                return .failure(.badDay(String(part)))
            }
            result += Array(a...b)
        }
        return result.isEmpty ? .failure(.badDay(spec)) : .success(result)
    }

    private static let dayBytes = dayNames.map { Array($0.utf8) }

    /// The weekday of a three-letter lower-case day name.
    static func dayIndex(_ name: String) -> Int? {
        guard name.utf8.count == 3 else { return nil }
        return dayBytes.firstIndex { $0.elementsEqual(name.utf8) }
    }

    /// Minutes of one `HH:MM-HH:MM` span.
    public static func span(_ text: String) -> Result<(Int, Int), Problem> {
        let compact = text.utf8.contains(UInt8(ascii: " ")) ? text.replacingSpaces() : text
        let bytes = Array(compact.utf8)
        guard bytes.count == 11, bytes[5] == UInt8(ascii: "-"),
              let start = minutes(String(decoding: bytes[0..<5], as: UTF8.self)),
              let end = minutes(String(decoding: bytes[6..<11], as: UTF8.self)) else {
            return .failure(.badTime(text.trimmedSpaces()))
        }
        guard start < end else { return .failure(.endsBeforeStart(text.trimmedSpaces())) }
        return .success((start, end))
    }

    /// `HH:MM` (00:00–24:00) in minutes.
    public static func minutes(_ text: String) -> Int? {
        let b = Array(text.utf8)
        func digit(_ i: Int) -> Int? {
            b[i] >= UInt8(ascii: "0") && b[i] <= UInt8(ascii: "9") ? Int(b[i] - UInt8(ascii: "0")) : nil
        }
        guard b.count == 5, b[2] == UInt8(ascii: ":"), let h1 = digit(0), let h2 = digit(1), let m1 = digit(3),
              let m2 = digit(4) else { return nil }
        let h = h1 * 10 + h2, m = m1 * 10 + m2
        guard h <= 24, m <= 59, h < 24 || m == 0 else { return nil }
        return h * 60 + m
    }

    /// Every span of a schedule; entries with problems are left out.
    public static func spans(of schedule: Schedule) -> [Span] {
        var result: [Span] = []
        for entry in schedule.hours {
            guard case .success(let days) = days(entry.days.value) else { continue }
            for text in entry.spans {
                for piece in text.value.split(separator: ",") {
                    guard case .success(let (start, end)) = span(String(piece)) else { continue }
                    for day in days { result.append(Span(day: day, start: start, end: end, source: text)) }
                }
            }
        }
        return result
    }
}
