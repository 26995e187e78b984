import Domain
import Parser

/// `order-date`: a contract cannot start in the past.
enum OrderDate: CustomerRule {
    static let description = RuleDescription(
        id: "order-date", severity: .error, section: .orders,
        summary: "a preferred contract start in the past (relative to `--today`, default today)",
        rationale: """
        `contract_start` is `immediate` or a date (`YYYY-MM-DD`); a date before today cannot be honoured. \
        `--today` fixes "today" so that CI runs are reproducible. Orders already signed or exported keep \
        their date.
        """,
        bad: [Example.order(start: "↓1999-12-31")],
        good: [Example.order(start: "2999-01-01")])

    static func check(_ c: CustomerContext) {
        for order in c.customer.orders {
            guard let start = order.contractStart, start.value != "immediate" else { continue }
            guard let date = LocalDate(start.value) else {
                c.report(description, at: start.location, "contract start `\(start.value)` is neither `immediate` nor a date",
                         help: "write `immediate` or a date as YYYY-MM-DD")
                continue
            }
            let settled = ["signed", "exported", "cancelled"].contains(order.status?.value ?? "draft")
            let today = c.today ?? LocalDate(year: 2000, month: 1, day: 1)
            guard !settled, date < today else { continue }
            c.report(description, at: start.location, "the contract start \(date) is in the past (today is \(today))",
                     help: "write `immediate` or a date from today on")
        }
    }
}
