import Domain
import Foundation
import Parser
import Validator

extension RoutingCompiler {
    /// The documents of every porting request (moves have their own, `lowerMoves`).
    func lowerPorting(header: CustomerHeader) -> [PortingDocument] {
        c.porting.filter { !$0.isMove }.map { p in
            let profile = p.profile
            var warnings: [PortingDocument.Warning] = []
            let leftBehind = p.heldAtProvider.reduce(0) { $0 + Int($1.count - p.portedCount(in: $1)) }
            if leftBehind > 0 { warnings.append(.init(code: "partial", numbers: [String(leftBehind)])) }
            let linked = ["internet", "tv"].flatMap { p.services[$0] ?? [] }.filter { p.ports($0.digits) }.map(\.e164)
            if !linked.isEmpty { warnings.append(.init(code: "linked_service", numbers: linked)) }
            if p.contractHandling == "end_early" { warnings.append(.init(code: "buy_out", numbers: [])) }
            if profile?.letterOfAuthorization == true {
                warnings.append(.init(code: "numbers_active", numbers: []))
                warnings.append(.init(code: "confirm_cancellation", numbers: []))
            }
            // Without a submission date, the earliest date counts from the run's today.
            let submitted = p.submitted ?? c.today
            let earliestDay = submitted.flatMap { day in profile.map { $0.earliestDate(submitted: day) } }
            let count = p.ported.reduce(0) { $0 + Int($1.count) }
            return PortingDocument(
                id: p.id, kind: "port",
                documentType: profile?.letterOfAuthorization == true ? "letter_of_authorization" : "request_and_authorisation",
                status: p.status,
                customer: .init(id: customerID, name: header.name), language: header.language,
                country: p.country ?? header.country, losingProvider: p.losingProvider,
                gainingProvider: c.partner.map { .init(id: $0.id, name: $0.name) },
                contract: p.hasContract ? .init(account: p.contractAccount, handling: p.contractHandling) : nil,
                holder: p.holder.map {
                    .init(name: $0.name, street: $0.street, houseNumber: $0.houseNumber, postcode: $0.postcode,
                          city: $0.city, province: $0.province, country: $0.country, kvk: $0.kvk)
                },
                signatory: p.signatory.map { .init(name: $0.name, email: $0.email, phone: $0.phone) },
                numbers: p.ported.map(block), heldAtProvider: p.heldAtProvider.map(block),
                billingNumber: p.billingNumber, newBillingNumber: p.newBillingNumber,
                submitted: submitted?.description, wantedDate: p.wantedDate, earliestDate: earliestDay?.description,
                portType: p.heldAtProvider.isEmpty ? nil : leftBehind > 0 ? "partial" : "full",
                rules: profile.map { .init(leadBusinessDays: $0.leadBusinessDays, leadReason: $0.leadReason,
                                           window: $0.window, outage: $0.outage) },
                executionWindow: executionWindow(p, earliest: earliestDay),
                blocking: p.blockingCode.map {
                    .init(code: $0, codeSource: profile?.blockingCodesArePbxcNames == true ? "pbxc" : "losing_provider",
                          meaning: profile?.blockingCode($0)?.meaning(in: header.language), reason: p.blockingReason)
                },
                approved: p.approvedFirst == nil && p.approvedLast == nil ? nil
                    : .init(first: p.approvedFirst?.description, last: p.approvedLast?.description),
                executedOn: p.executedOn,
                carrierRecords: p.csrDate == nil && p.invoiceDate == nil ? nil : .init(csrDate: p.csrDate, invoiceDate: p.invoiceDate),
                price: profile?.pricePerNumber.map { price in
                    .init(perNumber: price.amount, currency: price.currency, numbers: count,
                          total: Money.format(Money.parse(price.amount) * Decimal(count)))
                },
                warnings: warnings)
        }
    }

    /// The documents of every move between partners.
    func lowerMoves(header: CustomerHeader) -> [MoveDocument] {
        c.porting.filter(\.isMove).map { p in
            MoveDocument(
                id: p.id, status: p.status, customer: .init(id: customerID, name: header.name), language: header.language,
                country: p.country ?? header.country, previousPartner: p.previousPartner,
                gainingPartner: c.partner.map { .init(id: $0.id, name: $0.name) },
                consent: .init(previousPartner: p.consent?.previousPartner, signedBy: p.consent?.signedBy,
                               gainingPartner: p.consent?.gainingPartner),
                numbers: p.ported.map(block), submitted: p.submitted?.description, moveDate: p.wantedDate,
                executedOn: p.executedOn,
                cutOver: .init(offline: true, leadBusinessDays: 0, preparedOnTargetBefore: false))
        }
    }

    /// BE: from the approved date (else the wanted, else the earliest date) up to 9
    /// business days after it, 09:00–15:00 — and never past the last day the losing
    /// provider approved (`porting-executed-date` refuses a day after it). A blocked or
    /// cancelled request has no window: nothing will run until it is requested again.
    private func executionWindow(_ p: CheckedPorting, earliest: LocalDate?) -> PortingDocument.ExecutionWindow? {
        guard let profile = p.profile, let window = profile.executionWindow, !["blocked", "cancelled"].contains(p.status)
        else { return nil }
        let wanted = p.wantedDate.flatMap(LocalDate.init)
        let (from, basis): (LocalDate?, String) =
            p.approvedFirst.map { ($0, "approved") } ?? wanted.map { ($0, "wanted") } ?? (earliest, "earliest")
        guard let from, let days = profile.executionDays(approved: from) else { return nil }
        let last = p.approvedLast.map { min($0, days.last) } ?? days.last
        return .init(from: from.description, basedOn: basis, firstDay: days.first.description,
                     lastDay: last.description, fromTime: window.from, untilTime: window.until)
    }

    private func block(_ range: NumberRange) -> PortingDocument.NumberBlock {
        .init(first: range.first.e164, last: range.last.e164, count: Int(range.count))
    }
}
