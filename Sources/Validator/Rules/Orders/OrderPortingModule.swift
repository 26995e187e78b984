import Diagnostics
import Parser

/// `order-porting-module`: an order with a number-porting product names its porting request.
enum OrderPortingModule: CustomerRule {
    static let description = RuleDescription(
        id: "order-porting-module", severity: .error, section: .orders,
        summary: "a number-porting product without the porting request it pays for",
        rationale: """
        On the order form the number-porting module is the porting request itself: switching it on opens \
        the porting form, and the request appears in the porting overview once the order is placed. An \
        order line of a `number_porting` product therefore needs the order's `porting:` naming that request \
        (a `porting:` entry of the customer); without it the provider is paid for a porting nobody asked for. \
        (In the examples' catalog `porting-fee` is `module: number_porting`.)
        """,
        bad: [Example.order(lines: #"[{ product: flex-telephony-standard, quantity: 10 }, { product: ↓porting-fee }]"#)],
        good: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#) + "\n" + """
            orders:
              - id: co941-4032
                for: existing_customer
                lines: [{ product: porting-fee }]
                porting: port-1
            """])

    static func check(_ c: CustomerContext) {
        var porting: Set<String> = []
        for product in c.repository.catalog where product.module?.value == .numberPorting { porting.insert(product.code.value) }
        guard !porting.isEmpty else { return }
        for order in c.customer.orders where order.porting == nil {
            guard let line = order.lines.first(where: { $0.product.map { porting.contains($0.value) } ?? false }),
                  let product = line.product else { continue }
            c.report(description, at: product.location,
                     "`\(product.value)` is a number-porting product, but order `\(order.id?.value ?? "")` names no porting request",
                     help: "add `porting: <id>` naming the customer's porting request, or remove the line")
        }
    }
}
