import Domain
import Foundation
import Parser
import Validator

extension RoutingCompiler {
    /// Every order, priced from the catalog with `Decimal` (base-10, exact).
    func lowerOrders(header: CustomerHeader) -> [OrderDocument] {
        let catalog = Dictionary(c.repository.catalog.map { ($0.code.value, $0) }, uniquingKeysWith: { first, _ in first })
        return c.customer.orders.map { order in
            var oneOffTotal = Decimal(0), monthlyTotal = Decimal(0)
            var term: Int?
            var lines: [OrderDocument.Line] = []
            for line in order.lines {
                guard let code = line.product?.value, let product = catalog[code] else { continue }
                let quantity = line.quantity.flatMap { Int($0.value) } ?? 1
                let unitOneOff = Money.parse(product.oneOff?.value), unitMonthly = Money.parse(product.monthly?.value)
                let oneOff = unitOneOff * Decimal(quantity), monthly = unitMonthly * Decimal(quantity)
                oneOffTotal += oneOff
                monthlyTotal += monthly
                if let months = product.termMonths?.value { term = max(term ?? 0, months) }
                lines.append(.init(product: code, name: product.name?.value ?? code, quantity: quantity,
                                   unitOneOff: Money.format(unitOneOff), unitMonthly: Money.format(unitMonthly),
                                   oneOff: Money.format(oneOff), monthly: Money.format(monthly),
                                   termMonths: product.termMonths?.value))
            }
            let forWhom = order.forWhom?.value ?? "new_customer"
            let b = order.billing
            let customer = forWhom == "existing_customer" ? nil : OrderDocument.OrderCustomer(
                name: header.name,
                contact: order.contact.map { .init(name: $0.name?.value, email: $0.email?.value, phone: $0.phone.flatMap { c.validPhone($0.value)?.e164 } ?? $0.phone?.value) },
                address: order.address.map { .init(street: $0.street?.value, houseNumber: $0.houseNumber?.value,
                                                    postcode: $0.postcode?.value, city: $0.city?.value, country: $0.country?.value) },
                billing: b.map { .init(kvk: $0.kvk?.value, vat: $0.vat?.value, iban: $0.iban.map { IBAN.compact($0.value) },
                                       invoiceEmail: $0.invoiceEmail?.value, directDebit: $0.directDebit?.value ?? false) })
            let currency = order.lines.compactMap { $0.product.flatMap { catalog[$0.value]?.currency?.value } }.first ?? "EUR"
            return OrderDocument(
                id: order.id?.value ?? "?", forWhom: forWhom, status: order.status?.value ?? "draft",
                language: header.language, currency: currency, customer: customer, customerID: customerID, lines: lines,
                totals: .init(oneOff: Money.format(oneOffTotal), monthly: Money.format(monthlyTotal)),
                contractStart: order.contractStart?.value ?? "immediate", termMonths: term, porting: order.porting?.value)
        }
    }
}

/// Amounts as `Decimal`: parsed from the catalog's text in the POSIX locale (a dot
/// before the cents), written with exactly two places, rounded half up.
enum Money {
    static func parse(_ text: String?) -> Decimal {
        text.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) } ?? 0
    }

    static func format(_ amount: Decimal) -> String {
        var value = amount, rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .plain)
        var text = NSDecimalNumber(decimal: rounded).stringValue
        if !text.contains(".") { text += ".00" }
        let cents = text.split(separator: ".").last!.count
        return cents == 1 ? text + "0" : text
    }
}
