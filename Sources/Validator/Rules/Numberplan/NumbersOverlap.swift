import Domain
import Parser

/// `numbers-overlap`: two entries of `numbers` must not share a number.
enum NumbersOverlap: CustomerRule {
    static let description = RuleDescription(
        id: "numbers-overlap", severity: .error, section: .numberplan,
        summary: "two entries of `numbers` overlap",
        rationale: """
        Each held number is listed once. An overlap usually means a block was entered twice, or a single \
        number was added that the block already holds.
        """,
        bad: [Example.customer("", numbers: #"numbers: ["+31 88 765 4000 - +31 88 765 4009", ↓"+31 88 765 4005"]"#)],
        good: [Example.customer("", numbers: #"numbers: ["+31 88 765 4000 - +31 88 765 4009", "+31 88 765 4010"]"#)])

    static func check(_ c: CustomerContext) {
        let sorted = c.heldRanges.enumerated().sorted {
            ($0.element.first.digits, $0.offset) < ($1.element.first.digits, $1.offset)
        }.map(\.element)
        var widest: NumberRange?
        for range in sorted {
            if let previous = widest, range.first.digits <= previous.last.digits {
                let (later, earlier) = range.text.location.offset > previous.text.location.offset
                    || range.text.location.file != previous.text.location.file ? (range, previous) : (previous, range)
                c.report(description, at: later.text.location,
                         "`\(later.text.value)` overlaps `\(earlier.text.value)`",
                         notes: [("the other entry is here", earlier.text.location)],
                         help: "list each number once: remove the entry or shorten one of the ranges")
            }
            if widest == nil || range.last.digits > widest!.last.digits { widest = range }
        }
    }
}
