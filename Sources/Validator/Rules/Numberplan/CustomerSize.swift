import Parser

/// `customer-size`: a customer holds at most so many numbers and entities. Every
/// held number becomes a dialplan line, a routing entry and a diagram node, so the
/// bound on what `check` accepts is also the bound on what `build` writes.
enum CustomerSize: CustomerRule {
    /// Numbers held by one customer, over all its ranges.
    static let maxNumbers: UInt64 = 20_000
    /// Users, hunt groups and IVR menus of one customer together.
    static let maxEntities = 5_000

    static let description = RuleDescription(
        id: "customer-size", severity: .error, section: .numberplan,
        summary: "a customer with more than 20,000 numbers, or more than 5,000 users, hunt groups and menus",
        rationale: """
        Each number a customer holds becomes a line of its dialplan, an entry of its routing table and a \
        box of its call-flow diagram, and each user, hunt group and menu a context of its own. The largest \
        real customers hold a few thousand numbers, so a customer above these bounds is almost always a \
        typo in a range (one end a digit too long) and would make a build write hundreds of megabytes. \
        Split a very large organisation into several customers.
        """,
        bad: [Example.customer("", numbers: """
        numbers:
          - "+31 88 765 0000 - +31 88 765 9999"
          - "+31 88 766 0000 - +31 88 766 9999"
          - ↓"+31 88 767 0000 - +31 88 767 0009"
        """).replacingOccurrences(of: "+31887654000", with: "+31887650000")],
        good: [Example.customer("", numbers: #"numbers: ["+31 88 765 4000 - +31 88 765 4099"]"#)])

    static func check(_ c: CustomerContext) {
        var total: UInt64 = 0
        for range in c.heldRanges {
            total += range.count
            if total > maxNumbers {
                c.report(description, at: range.text.location,
                         "with this entry the customer holds \(total) numbers; a customer holds at most \(maxNumbers)",
                         help: "check the ranges for a typo, or split the organisation into several customers")
                break
            }
        }
        let entities = c.entities.all
        if entities.count > maxEntities {
            c.report(description, at: entities[maxEntities].location,
                     "this customer has \(entities.count) users, hunt groups and menus; a customer has at most \(maxEntities)",
                     help: "split the organisation into several customers")
        }
    }
}
