import Domain
import Parser

/// `order-quantity`: whole numbers of at least one.
enum OrderQuantity: CustomerRule {
    static let description = RuleDescription(
        id: "order-quantity", severity: .error, section: .orders,
        summary: "quantity must be a whole number ≥ 1",
        rationale: "An order line orders a whole number of a product, at least one; without `quantity` it is 1.",
        bad: [Example.order(lines: #"[{ product: connection-fee, quantity: ↓2.5 }]"#)],
        good: [Example.order(lines: #"[{ product: connection-fee }]"#)])

    static func check(_ c: CustomerContext) {
        for order in c.customer.orders {
            for line in order.lines {
                guard let quantity = line.quantity else { continue }
                if let n = Int(quantity.value), n >= 1 { continue }
                c.report(description, at: quantity.location, "quantity `\(quantity.value)` is not a whole number of at least 1",
                         help: "write how many, e.g. `quantity: 10`")
            }
        }
    }
}
