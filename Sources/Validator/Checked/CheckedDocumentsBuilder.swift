import Domain
import Parser

extension CheckedPorting {
    init(_ p: PortingFacts, context c: CustomerContext) {
        let r = p.request
        self.init(
            id: r.id?.value ?? "", isMove: p.isMove, status: r.status?.value ?? "draft", country: p.country,
            profile: p.profile, losingProvider: r.losingProvider?.value, previousPartner: r.previousPartner?.value,
            consent: r.consent.map {
                CheckedConsent(previousPartner: $0.previousPartner?.value, gainingPartner: $0.gainingPartner?.value,
                               signedBy: $0.signedBy?.value)
            },
            contractAccount: r.contract?.account?.value,
            contractHandling: r.contract?.handling?.value, hasContract: r.contract != nil,
            holder: r.holder.map {
                CheckedHolder(name: $0.name?.value, street: $0.street?.value, houseNumber: $0.houseNumber?.value,
                              postcode: $0.postcode?.value, city: $0.city?.value, province: $0.province?.value,
                              country: $0.country?.value,
                              kvk: $0.kvk?.value)
            },
            signatory: r.signatory.map { CheckedPerson($0, context: c) },
            ported: p.ported, heldAtProvider: p.heldAtProvider,
            services: r.services.mapValues { $0.compactMap { c.validPhone($0.value) } },
            billingNumber: r.billingNumber.flatMap { c.validPhone($0.value)?.e164 },
            newBillingNumber: r.newBillingNumber.flatMap { c.validPhone($0.value)?.e164 },
            submitted: r.submitted.flatMap { LocalDate($0.value) }, wantedDate: r.wantedDate?.value,
            blockingCode: r.blocking?.code?.value, blockingReason: r.blocking?.reason?.value,
            approvedFirst: r.approved?.first.flatMap { LocalDate($0.value) },
            approvedLast: r.approved?.last.flatMap { LocalDate($0.value) },
            executedOn: r.executedOn?.value, csrDate: r.csrDate?.value, invoiceDate: r.invoiceDate?.value)
    }
}

extension CheckedPerson {
    init(_ person: Person, context c: CustomerContext) {
        self.init(name: person.name?.value, email: person.email?.value, phone: person.phone?.value,
                  dialablePhone: person.phone.flatMap { c.validPhone($0.value)?.e164 } ?? person.phone?.value)
    }
}

extension CheckedOrder {
    init(_ order: Order, context c: CustomerContext) {
        var catalog: [String: RepositoryConfig.Product] = [:]
        for product in c.repository.catalog where catalog[product.code.value] == nil { catalog[product.code.value] = product }
        let lines = order.lines.compactMap { line -> CheckedOrderLine? in
            guard let code = line.product?.value, let product = catalog[code] else { return nil }
            return CheckedOrderLine(product: CheckedProduct(product), quantity: line.quantity.flatMap { Int($0.value) } ?? 1)
        }
        let b = order.billing
        self.init(
            id: order.id?.value ?? "", forWhom: order.forWhom?.value ?? "new_customer", status: order.status?.value ?? "draft",
            lines: lines, currency: lines.lazy.compactMap(\.product.currency).first ?? "EUR", contractStart: order.contractStart?.value ?? "immediate",
            contact: order.contact.map { CheckedPerson($0, context: c) },
            address: order.address.map {
                CheckedAddress(street: $0.street?.value, houseNumber: $0.houseNumber?.value, postcode: $0.postcode?.value,
                               city: $0.city?.value, province: $0.province?.value, country: $0.country?.value)
            },
            billing: b.map {
                CheckedBilling(kvk: $0.kvk?.value, vat: $0.vat?.value, invoiceEmail: $0.invoiceEmail?.value,
                               iban: $0.iban.map { IBAN.compact($0.value) }, directDebit: $0.directDebit?.value ?? false)
            },
            porting: order.porting?.value)
    }
}
