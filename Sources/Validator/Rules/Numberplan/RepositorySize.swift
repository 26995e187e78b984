import Diagnostics
import Domain
import Parser

/// `repository-size`: a repository holds at most so many numbers over all its customers.
/// Each customer is bounded by `customer-size`; this bounds what one `pbxc build`
/// writes, whatever the number of customers.
enum RepositorySize: RepositoryRule {
    /// Numbers held by all customers together: about 150 MB of build output.
    static let maxNumbers: UInt64 = 2_000_000

    static let description = RuleDescription(
        id: "repository-size", severity: .error, section: .numberplan,
        summary: "a repository whose customers hold more than 2,000,000 numbers together",
        rationale: """
        Every held number becomes a dialplan line, a routing entry and a box in a diagram, so the numbers \
        of all customers decide how much one build writes. A partner's largest repositories hold a few \
        hundred thousand numbers; above 2,000,000 a range is almost surely mistyped somewhere (one end a \
        digit too long in many customers), and a build would write gigabytes. The entry that crosses the \
        bound is reported. Split the repository, or check the ranges.
        """,
        bad: [],
        good: [Example.customer("", numbers: #"numbers: ["+31 88 765 4000 - +31 88 765 4099"]"#)])

    static func check(_ r: RepositoryContext) {
        var total: UInt64 = 0
        for (customer, numbers) in r.heldNumbers {
            total += numbers.last - numbers.first + 1
            if total > maxNumbers {
                r.report(description, at: numbers.text.location,
                         "with this entry of customer `\(customer)` the repository holds \(total) numbers; a repository holds at most \(maxNumbers)",
                         help: "check the ranges for a typo, or split the repository")
                return
            }
        }
    }
}
