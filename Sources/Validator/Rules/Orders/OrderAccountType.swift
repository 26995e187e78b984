import Diagnostics
import Parser

/// `order-account-type`: one product per account type in an order.
enum OrderAccountType: CustomerRule {
    static let description = RuleDescription(
        id: "order-account-type", severity: .error, section: .orders,
        summary: "two products of one account type in an order",
        rationale: """
        The order form's telephony module asks for one subscription (e.g. FlexTelephony Basic or Standard) \
        and then one count per account type: Phone, Microsoft Teams, Cloud CTI and Fixed-Mobile accounts. \
        Catalog products say which account type they are (`account_type`). Two products of the same type in \
        one order — Basic and Standard phone accounts — are two answers to one question: order them as two \
        orders, or choose one. (In the examples' catalog `flex-telephony-basic` and `flex-telephony-standard` \
        are both `account_type: phone`.)
        """,
        bad: [Example.order(lines: #"[{ product: flex-telephony-basic, quantity: 4 }, { product: ↓flex-telephony-standard, quantity: 6 }]"#)],
        good: [Example.order(lines: #"[{ product: flex-telephony-standard, quantity: 10 }, { product: fixed-mobile-account, quantity: 4 }]"#)])

    static func check(_ c: CustomerContext) {
        var typeOf: [String: AccountType] = [:]
        for product in c.repository.catalog where typeOf[product.code.value] == nil {
            if let type = product.accountType?.value { typeOf[product.code.value] = type }
        }
        guard !typeOf.isEmpty else { return }
        for order in c.customer.orders {
            var first: [AccountType: LString] = [:]
            for line in order.lines {
                guard let product = line.product, let type = typeOf[product.value] else { continue }
                guard let earlier = first[type] else { first[type] = product; continue }
                guard earlier.value != product.value else { continue }
                c.report(description, at: product.location,
                         "`\(product.value)` and `\(earlier.value)` are both `\(type.rawValue)` accounts in order `\(order.id?.value ?? "")`",
                         notes: [("the first one is here", earlier.location)],
                         help: "choose one product per account type, or split the order in two")
            }
        }
    }
}
