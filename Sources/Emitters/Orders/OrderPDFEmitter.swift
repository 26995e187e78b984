import Compiler
import Domain

/// `orders/<id>.pdf`: the order to sign (A4, customer's language and country) under
/// the partner's letterhead: per module of the order form its lines with unit prices,
/// quantities and line totals and its subtotal, the telephony accounts per type, the
/// order's one-off and monthly totals, the VAT of the customer's country and the totals
/// including it (no VAT where the country has none on the document), contract start
/// and term, customer, address and billing data, and one signature block.
public enum OrderPDFEmitter {
    public static func emit(_ o: OrderDocument, customerName: String, letterhead: Letterhead? = nil) throws -> EmittedFile {
        let t = DocumentText(o.language)
        let locale = DocumentLocale(language: o.language, country: o.country)
        func money(_ amount: String) -> String { locale.amount(amount, currency: o.currency) }
        let pdf = try PDFWriter()
        if let letterhead { pdf.letterhead(letterhead, labels: (t["registration"], t["vat_short"])) }
        pdf.title("\(t["order.title"]) \(o.id)")
        pdf.field(t["customer"], customerName)
        pdf.field(t["for"], t["for.\(o.forWhom)"])

        // As the order form has them: one block per module with its lines and subtotal,
        // the telephony accounts per type, then the order's totals.
        let header = [t["product"], t["quantity"], t["unit_one_off"], t["unit_monthly"], t["line_one_off"], t["line_monthly"]]
        let widths: [Float] = [150, 43, 72, 72, 72, 74]
        for module in o.modules {
            pdf.section(t["module.\(module.module)"])
            pdf.table(header, o.lines.filter { $0.module == module.module }.map {
                [$0.name, String($0.quantity), money($0.unitOneOff), money($0.unitMonthly), money($0.oneOff), money($0.monthly)]
            }, widths: widths, right: [1, 2, 3, 4, 5],
            totals: [[t["subtotal"], "", "", "", money(module.oneOff), money(module.monthly)]])
            if module.module == "telephony", !o.accounts.isEmpty {
                pdf.table([t["account_type"], t["quantity"]], o.accounts.map { [t["account.\($0.type)"], String($0.quantity)] },
                          widths: [200, 43], right: [1])
            }
        }

        pdf.section(t["order_total"])
        var totals = [[t[o.totals.vatRate == nil ? "total" : "excl_vat"], "", "", "",
                       money(o.totals.oneOff), money(o.totals.monthly)]]
        if let rate = o.totals.vatRate, let oneOffVAT = o.totals.oneOffVAT, let monthlyVAT = o.totals.monthlyVAT,
           let oneOff = o.totals.oneOffIncludingVAT, let monthly = o.totals.monthlyIncludingVAT {
            totals.append([t["vat_line", locale.percent(rate)], "", "", "", money(oneOffVAT), money(monthlyVAT)])
            totals.append([t["incl_vat"], "", "", "", money(oneOff), money(monthly)])
        }
        pdf.table(["", "", "", "", t["line_one_off"], t["line_monthly"]], [], widths: widths, right: [1, 2, 3, 4, 5], totals: totals)
        if o.totals.vatRate == nil { pdf.paragraph(t["no_vat"], size: 8.5) }
        pdf.space(6)
        pdf.field(t["contract_start"], o.contractStart == "immediate" ? t["immediate"] : locale.date(o.contractStart))
        if let term = o.termMonths { pdf.field(t["term"], t["months", String(term)]) }

        var signatory: String?
        if let customer = o.customer {
            pdf.section(t["customer_data"])
            if let contact = customer.contact {
                signatory = contact.name
                if let name = contact.name { pdf.field(t["contact"], name) }
                if let email = contact.email { pdf.field(t["email"], email) }
                if let phone = contact.phone { pdf.field(t["phone"], locale.phone(phone)) }
            }
            if let a = customer.address {
                pdf.field(t["address"], locale.address(street: a.street, houseNumber: a.houseNumber, postcode: a.postcode,
                                                       city: a.city, region: a.province, country: a.country))
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
        pdf.signatureBlock([t["name"], t["place"], t["date"], t["signed"]],
                           filled: signatory.map { [t["name"]: $0] } ?? [:])
        return EmittedFile(path: "orders/\(o.id).pdf", contents: try pdf.data())
    }
}
