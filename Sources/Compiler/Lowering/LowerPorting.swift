import Domain
import Parser
import Validator

extension RoutingCompiler {
    /// The documents of every porting request.
    func lowerPorting(header: CustomerHeader) -> [PortingDocument] {
        let partner = c.repository.partner
        return c.portings.map { p in
            let r = p.request
            var warnings: [PortingDocument.Warning] = []
            let leftBehind = p.heldAtProvider.reduce(0) { $0 + Int($1.count - p.portedCount(in: $1)) }
            if leftBehind > 0 { warnings.append(.init(code: "partial", numbers: [String(leftBehind)])) }
            let linked = ["internet", "tv"].flatMap { r.services[$0] ?? [] }.compactMap { c.validPhone($0.value) }
                .filter { p.ports($0.digits) }.map(\.e164)
            if !linked.isEmpty { warnings.append(.init(code: "linked_service", numbers: linked)) }
            if p.isMove { warnings.append(.init(code: "move_offline", numbers: [])) }
            if r.contract?.handling?.value == "end_early" { warnings.append(.init(code: "buy_out", numbers: [])) }
            let submitted = r.submitted.flatMap { LocalDate($0.value) } ?? c.today
            var earliest: String?
            if let submitted, let profile = p.profile { earliest = profile.earliestDate(submitted: submitted).description }
            return PortingDocument(
                id: p.id, kind: p.isMove ? "move" : "port", status: r.status?.value ?? "draft",
                customer: .init(id: customerID, name: header.name), language: header.language,
                country: p.country ?? header.country, losingProvider: r.losingProvider?.value,
                gainingProvider: partner.flatMap { p in p.name.map { .init(id: p.id?.value, name: $0.value) } },
                previousPartner: r.previousPartner?.value, consent: r.consent?.value,
                contract: r.contract.map { .init(account: $0.account?.value, handling: $0.handling?.value) },
                holder: r.holder.map {
                    .init(name: $0.name?.value, street: $0.street?.value, houseNumber: $0.houseNumber?.value,
                          postcode: $0.postcode?.value, city: $0.city?.value, country: $0.country?.value, kvk: $0.kvk?.value)
                },
                signatory: r.signatory.map { .init(name: $0.name?.value, email: $0.email?.value, phone: $0.phone?.value) },
                numbers: p.ported.map(block), heldAtProvider: p.heldAtProvider.map(block),
                billingNumber: r.billingNumber.flatMap { c.validPhone($0.value)?.e164 },
                newBillingNumber: r.newBillingNumber.flatMap { c.validPhone($0.value)?.e164 },
                submitted: submitted?.description, wantedDate: r.wantedDate?.value, earliestDate: earliest,
                rules: p.profile.map { .init(leadBusinessDays: $0.leadBusinessDays, leadReason: $0.leadReason,
                                             window: $0.window, outage: $0.outage) },
                warnings: warnings)
        }
    }

    private func block(_ range: NumberRange) -> PortingDocument.NumberBlock {
        .init(first: range.first.e164, last: range.last.e164, count: Int(range.count))
    }
}
