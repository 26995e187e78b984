import Domain
import Parser

/// `porting-carrier-records`: a Canadian request is built from the carrier's records.
enum PortingCarrierRecords: CustomerRule {
    static let description = RuleDescription(
        id: "porting-carrier-records", severity: .error, section: .porting,
        summary: "a Canadian request without a customer service record (CSR) or an invoice under 60 days old",
        rationale: """
        In Canada the request is written from the losing carrier's own records: the customer service \
        record (CSR, strongly recommended) or, without one, a copy of the latest invoice, at most 60 days \
        old when the request goes out. Without them name, service address and numbers are guesses and \
        the port is rejected or delayed. Record their dates as `csr_date:` and `invoice_date:`.
        """,
        bad: [PortingBillingNumber.billingExample(#"billing_number: "+1 514 849 0100""#, held: "0103")
                .replacingOccurrences(of: "csr_date: 2026-10-28", with: "invoice_date: ↓2026-08-31")],
        good: [PortingBillingNumber.billingExample(#"billing_number: "+1 514 849 0100""#, held: "0103")
                .replacingOccurrences(of: "csr_date: 2026-10-28", with: "invoice_date: 2026-10-15")])

    static func check(_ c: CustomerContext) {
        for p in c.portings where p.isBeforeRequest {
            guard let profile = p.profile, let maxAge = profile.invoiceMaxAgeDays else { continue }
            let r = p.request
            let asOf = r.submitted.flatMap { LocalDate($0.value) } ?? c.today
            if let invoice = r.invoiceDate, let day = LocalDate(invoice.value), let asOf, r.csrDate == nil,
               asOf.dayNumber - day.dayNumber > maxAge {
                c.report(description, at: invoice.location,
                         "the invoice of \(day) is \(asOf.dayNumber - day.dayNumber) days old on \(asOf): the request needs one under \(maxAge) days, or the CSR",
                         help: "get the latest invoice, or the customer service record (CSR) from \(r.losingProvider?.value ?? "the carrier")")
            } else if r.csrDate == nil && r.invoiceDate == nil {
                c.report(description, at: r.id?.location ?? r.location,
                         "request `\(p.id)` names neither a CSR nor an invoice of \(r.losingProvider?.value ?? "the losing carrier")",
                         help: "add `csr_date:` (recommended) or `invoice_date:` (under \(maxAge) days old)")
            }
        }
    }
}
