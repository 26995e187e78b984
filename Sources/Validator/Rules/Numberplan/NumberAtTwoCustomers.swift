import Domain
import Parser

/// `number-at-two-customers`: a number is held by one customer — across the whole repository.
enum NumberAtTwoCustomers: RepositoryRule {
    static let description = RuleDescription(
        id: "number-at-two-customers", severity: .error, section: .numberplan,
        summary: "one number held by two customers of the repository",
        rationale: """
        A number exists on one account of the platform at a time: calls to it reach one PBX, so two \
        customers cannot both hold it. Checked across all customers of the repository, for single \
        numbers and ranges in any written form (national, `+CC`, `00CC`); the entry read later is \
        reported. Within one customer, `numbers-overlap` reports it. (In these examples, `---` \
        separates two customer files.)
        """,
        bad: [Example.twoCustomers(
            #"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#,
            #"numbers: [↓"088 765 4005"]"#)],
        good: [Example.twoCustomers(
            #"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#,
            #"numbers: ["088 765 4015"]"#)])

    static func check(_ r: RepositoryContext) {
        // By first number: an entry overlaps the earlier entries that end at or after its start.
        let held = r.heldNumbers.enumerated().sorted {
            ($0.element.numbers.first, $0.offset) < ($1.element.numbers.first, $1.offset)
        }
        typealias Held = (order: Int, customer: String, numbers: CustomerFacts.HeldNumbers)
        var open: [Held] = []
        for (order, entry) in held {
            let current: Held = (order, entry.customer, entry.numbers)
            open.removeAll { $0.numbers.last < current.numbers.first }
            for other in open where other.customer != current.customer {
                let earlier = other.order < current.order ? other : current
                let later = other.order < current.order ? current : other
                r.report(description, at: later.numbers.text.location,
                         "`\(later.numbers.text.value)` of customer `\(later.customer)` is also held by customer `\(earlier.customer)`",
                         notes: [("held by `\(earlier.customer)` here", earlier.numbers.text.location)],
                         help: "a number belongs to one customer: remove it from one of them (moving it is a porting)")
            }
            open.append(current)
        }
    }
}
