import Diagnostics
import Domain
import Parser

/// `order-product`: order lines name products of the catalog.
enum OrderProduct: CustomerRule {
    static let description = RuleDescription(
        id: "order-product", severity: .error, section: .orders,
        summary: "a product not in the catalog",
        rationale: """
        Order lines are priced from the catalog of `pbxc.yaml` (code, name, one-off and monthly price, \
        term); a code that is not there has no price and cannot be ordered.
        """,
        bad: [Example.order(lines: #"[{ product: ↓flex-telefony-standard, quantity: 10 }]"#)],
        good: [Example.order()])

    static func check(_ c: CustomerContext) {
        let codes = c.repository.catalog.map(\.code.value)
        for order in c.customer.orders {
            for line in order.lines {
                guard let product = line.product, !codes.contains(product.value) else { continue }
                c.report(description, at: product.location, "`\(product.value)` is not a product of the catalog",
                         help: codes.isEmpty ? "add a `catalog:` to pbxc.yaml" : Suggestions.didYouMean(product.value, in: codes))
            }
        }
    }
}
