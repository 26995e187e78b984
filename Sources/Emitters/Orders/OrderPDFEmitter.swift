import Compiler

/// `orders/<id>.pdf`: the order to sign (A4, customer's language): the lines with
/// unit prices, quantities and line totals, the one-off and monthly totals, contract
/// start and term, customer, address and billing data, and a signature block.
public enum OrderPDFEmitter {
    public static func emit(_ o: OrderDocument, customerName: String) throws -> EmittedFile {
        let t = DocumentText(o.language)
        func money(_ amount: String) -> String { o.currency == "EUR" ? "€" + amount : "\(o.currency) \(amount)" }
        let pdf = try PDFWriter()
        pdf.title("\(t["order.title"]) \(o.id)")
        pdf.field(t["customer"], customerName)
        pdf.field(t["for"], t["for.\(o.forWhom)"])

        pdf.section(t["lines"])
        pdf.table([t["product"], t["quantity"], t["one_off"], t["monthly"], t["one_off"] + " ×", t["monthly"] + " ×"],
                  o.lines.map { [$0.name, String($0.quantity), money($0.unitOneOff), money($0.unitMonthly),
                                 money($0.oneOff), money($0.monthly)] },
                  widths: [163, 40, 70, 70, 70, 70], right: [1, 2, 3, 4, 5])
        pdf.field(t["total"] + " – " + t["one_off"], money(o.totals.oneOff))
        pdf.field(t["total"] + " – " + t["monthly"], money(o.totals.monthly))
        pdf.field(t["contract_start"], o.contractStart == "immediate" ? t["immediate"] : o.contractStart)
        if let term = o.termMonths { pdf.field(t["term"], t["months", String(term)]) }

        if let customer = o.customer {
            if let contact = customer.contact {
                pdf.section(t["contact"])
                pdf.field(t["name"], contact.name ?? "")
                if let email = contact.email { pdf.field("E-mail", email) }
                if let phone = contact.phone { pdf.field("Tel.", phone) }
            }
            if let a = customer.address {
                pdf.field(t["address"], [[a.street, a.houseNumber].compactMap { $0 }.joined(separator: " "),
                                         [a.postcode, a.city].compactMap { $0 }.joined(separator: " "), a.country ?? ""]
                    .filter { !$0.isEmpty }.joined(separator: ", "))
            }
            if let b = customer.billing {
                pdf.section(t["billing_data"])
                if let kvk = b.kvk { pdf.field(t["kvk"], kvk) }
                if let vat = b.vat { pdf.field(t["vat"], vat) }
                if let iban = b.iban { pdf.field(t["iban"], iban) }
                if let email = b.invoiceEmail { pdf.field(t["invoice_email"], email) }
                pdf.field(t["direct_debit"], t[b.directDebit ? "yes" : "no"])
            }
        }

        pdf.section(t["signature"])
        pdf.signatureBlock([t["name"], t["place"], t["date"], t["signed"]])
        pdf.paragraph(t["generated"], size: 8)
        return EmittedFile(path: "orders/\(o.id).pdf", contents: pdf.data())
    }
}
