import Domain
import Parser
import Validator

extension RoutingCompiler {
    /// The documents of every porting request.
    func lowerPorting(header: CustomerHeader) -> [PortingDocument] {
        c.porting.map { p in
            var warnings: [PortingDocument.Warning] = []
            let leftBehind = p.heldAtProvider.reduce(0) { $0 + Int($1.count - p.portedCount(in: $1)) }
            if leftBehind > 0 { warnings.append(.init(code: "partial", numbers: [String(leftBehind)])) }
            let linked = ["internet", "tv"].flatMap { p.services[$0] ?? [] }.filter { p.ports($0.digits) }.map(\.e164)
            if !linked.isEmpty { warnings.append(.init(code: "linked_service", numbers: linked)) }
            if p.isMove { warnings.append(.init(code: "move_offline", numbers: [])) }
            if p.contractHandling == "end_early" { warnings.append(.init(code: "buy_out", numbers: [])) }
            // Without a submission date, the earliest date counts from the run's today.
            let submitted = p.submitted ?? c.today
            let earliest = submitted.flatMap { day in p.profile.map { $0.earliestDate(submitted: day).description } }
            return PortingDocument(
                id: p.id, kind: p.isMove ? "move" : "port", status: p.status,
                customer: .init(id: customerID, name: header.name), language: header.language,
                country: p.country ?? header.country, losingProvider: p.losingProvider,
                gainingProvider: c.partner.map { .init(id: $0.id, name: $0.name) },
                previousPartner: p.previousPartner, consent: p.consent,
                contract: p.hasContract ? .init(account: p.contractAccount, handling: p.contractHandling) : nil,
                holder: p.holder.map {
                    .init(name: $0.name, street: $0.street, houseNumber: $0.houseNumber, postcode: $0.postcode,
                          city: $0.city, country: $0.country, kvk: $0.kvk)
                },
                signatory: p.signatory.map { .init(name: $0.name, email: $0.email, phone: $0.phone) },
                numbers: p.ported.map(block), heldAtProvider: p.heldAtProvider.map(block),
                billingNumber: p.billingNumber, newBillingNumber: p.newBillingNumber,
                submitted: submitted?.description, wantedDate: p.wantedDate, earliestDate: earliest,
                rules: p.profile.map { .init(leadBusinessDays: $0.leadBusinessDays, leadReason: $0.leadReason,
                                             window: $0.window, outage: $0.outage) },
                warnings: warnings)
        }
    }

    private func block(_ range: NumberRange) -> PortingDocument.NumberBlock {
        .init(first: range.first.e164, last: range.last.e164, count: Int(range.count))
    }
}
