import Domain
import Foundation
import Parser
import Validator

extension RoutingCompiler {
    /// Every order, priced from the catalog with `Decimal` (base-10, exact).
    func lowerOrders(header: CustomerHeader) -> [OrderDocument] {
        c.orders.map { order in
            var oneOffTotal = Decimal(0), monthlyTotal = Decimal(0)
            var term: Int?
            var lines: [OrderDocument.Line] = []
            var moduleTotals: [ProductModule: (oneOff: Decimal, monthly: Decimal)] = [:]
            var accounts: [AccountType: Int] = [:]
            for line in order.lines {
                let product = line.product
                let unitOneOff = Money.parse(product.oneOff), unitMonthly = Money.parse(product.monthly)
                let oneOff = unitOneOff * Decimal(line.quantity), monthly = unitMonthly * Decimal(line.quantity)
                oneOffTotal += oneOff
                monthlyTotal += monthly
                if let months = product.termMonths { term = max(term ?? 0, months) }
                let subtotal = moduleTotals[product.module] ?? (0, 0)
                moduleTotals[product.module] = (subtotal.oneOff + oneOff, subtotal.monthly + monthly)
                if let type = product.accountType { accounts[type, default: 0] += line.quantity }
                lines.append(.init(product: product.code, name: product.name, module: product.module.rawValue,
                                   accountType: product.accountType?.rawValue, quantity: line.quantity,
                                   unitOneOff: Money.format(unitOneOff), unitMonthly: Money.format(unitMonthly),
                                   oneOff: Money.format(oneOff), monthly: Money.format(monthly),
                                   termMonths: product.termMonths))
            }
            let customer = order.forWhom == "existing_customer" ? nil : OrderDocument.OrderCustomer(
                name: header.name,
                contact: order.contact.map { .init(name: $0.name, email: $0.email, phone: $0.dialablePhone) },
                address: order.address.map { .init(street: $0.street, houseNumber: $0.houseNumber, postcode: $0.postcode,
                                                    city: $0.city, province: $0.province, country: $0.country) },
                billing: order.billing.map { .init(kvk: $0.kvk, vat: $0.vat, iban: $0.iban, invoiceEmail: $0.invoiceEmail,
                                                   directDebit: $0.directDebit) })
            var totals = OrderDocument.Totals(oneOff: Money.format(oneOffTotal), monthly: Money.format(monthlyTotal))
            if let rate = VATRates.rate(country: header.country) {
                let fraction = Money.parse(rate) / 100
                let oneOffVAT = Money.round(oneOffTotal * fraction), monthlyVAT = Money.round(monthlyTotal * fraction)
                totals.vatRate = rate
                totals.oneOffVAT = Money.format(oneOffVAT)
                totals.monthlyVAT = Money.format(monthlyVAT)
                totals.oneOffIncludingVAT = Money.format(oneOffTotal + oneOffVAT)
                totals.monthlyIncludingVAT = Money.format(monthlyTotal + monthlyVAT)
            }
            return OrderDocument(
                id: order.id, forWhom: order.forWhom, status: order.status, language: header.language,
                country: header.country, currency: order.currency, customer: customer, customerID: customerID, lines: lines,
                modules: ProductModule.allCases.compactMap { module in
                    moduleTotals[module].map { .init(module: module.rawValue, oneOff: Money.format($0.oneOff),
                                                     monthly: Money.format($0.monthly)) }
                },
                accounts: AccountType.allCases.compactMap { type in accounts[type].map { .init(type: type.rawValue, quantity: $0) } },
                totals: totals,
                contractStart: order.contractStart, termMonths: term, porting: order.porting)
        }
    }
}

/// Amounts as `Decimal`: parsed from the catalog's text in the POSIX locale (a dot
/// before the cents), written with exactly two places, rounded half up.
enum Money {
    static func parse(_ text: String?) -> Decimal {
        text.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) } ?? 0
    }

    /// Rounded to cents, half up.
    static func round(_ amount: Decimal) -> Decimal {
        var value = amount, rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .plain)
        return rounded
    }

    static func format(_ amount: Decimal) -> String {
        let rounded = round(amount)
        var text = NSDecimalNumber(decimal: rounded).stringValue
        if !text.contains(".") { text += ".00" }
        let cents = text.split(separator: ".").last!.count
        return cents == 1 ? text + "0" : text
    }
}
