import Domain
import Parser

/// `number-range`: a range `A - B` must run forwards, between numbers of one length,
/// and hold at most 10,000 numbers.
enum NumberRangeRule: CustomerRule {
    static let description = RuleDescription(
        id: "number-range", severity: .error, section: .numberplan,
        summary: "end before start, different lengths, or more than 10,000 numbers",
        rationale: """
        A range names consecutive numbers, written `first - last` (a spaced hyphen or an en dash; \
        `088-7654000` without spaces is one number). DDI blocks are 10, 100 or 1000 aligned numbers; \
        a range of more than 10,000 is almost always a typo in one end.
        """,
        bad: [Example.customer("", numbers: #"numbers: [↓"+31 88 765 4099 - +31 88 765 4000"]"#)],
        good: [Example.customer("", numbers: #"numbers: ["+31 88 765 4000 - +31 88 765 4099"]"#)])

    static func check(_ c: CustomerContext) {
        for entry in c.customer.numbers {
            guard let (a, b) = NumberRange.split(entry.value),
                  let first = c.validPhone(a), let last = c.validPhone(b) else { continue }
            if first.digitCount != last.digitCount {
                c.report(description, at: entry.location,
                         "the ends of this range have different lengths (\(first.e164), \(last.e164))",
                         help: "check both ends for a missing or extra digit")
            } else if last.digits < first.digits {
                c.report(description, at: entry.location,
                         "this range ends (\(last.e164)) before it starts (\(first.e164))",
                         help: "write the lower number first: `\(b.trimmedSpaces()) - \(a.trimmedSpaces())`")
            } else if last.digits - first.digits + 1 > NumberRange.maxCount {
                c.report(description, at: entry.location,
                         "this range holds \(last.digits - first.digits + 1) numbers; a range holds at most \(NumberRange.maxCount)",
                         help: "check the ends for a typo, or split the range")
            }
        }
    }
}
