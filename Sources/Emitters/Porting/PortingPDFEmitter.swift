import Compiler
import Domain

/// `porting/<id>.pdf`: the request and authorisation to sign (A4) — in North America a
/// letter of authorization (LOA) — in the customer's language: holder exactly as given,
/// account and contract handling, the numbers as blocks, losing and gaining provider,
/// the dates and the recorded life cycle (blocking code, approved window, executed
/// date), the country's rules (BE: the computed execution window; CA: the carrier's
/// records and the price per number), the warnings that apply, and a signature block.
public enum PortingPDFEmitter {
    public static func emit(_ d: PortingDocument, letterhead: Letterhead? = nil) throws -> EmittedFile {
        let t = DocumentText(d.language)
        let locale = DocumentLocale(language: d.language, country: d.country)
        let day = locale.date
        let pdf = try PDFWriter()
        if let letterhead { pdf.letterhead(letterhead, labels: (t["registration"], t["vat_short"])) }
        let loa = d.documentType == "letter_of_authorization"
        pdf.title(t[loa ? "loa.title" : "porting.title"])
        pdf.field(t["request"], d.id)
        pdf.field(t["customer"], d.customer.name)

        pdf.section(t["holder"])
        if let h = d.holder {
            pdf.field(t["name"], h.name ?? "")
            pdf.field(t["address"], locale.address(street: h.street, houseNumber: h.houseNumber, postcode: h.postcode,
                                                   city: h.city, region: h.province, country: h.country))
            if let kvk = h.kvk { pdf.field(t["kvk"], kvk) }
        }

        pdf.section(t["providers"])
        pdf.field(t["losing"], d.losingProvider ?? "")
        if let account = d.contract?.account { pdf.field(t["account"], account) }
        if let handling = d.contract?.handling { pdf.field(t["contract"], t["handling.\(handling)"]) }
        if let gaining = d.gainingProvider { pdf.field(t["gaining"], gaining.name) }

        pdf.section(t["numbers"])
        // Numbers as the losing provider's own records write them (national format,
        // "020 240 0000", "(514) 849-0100"); the JSON keeps E.164.
        let number = locale.phone
        pdf.table([t["from"], t["to"], t["count"]], d.numbers.map { [number($0.first), number($0.last), String($0.count)] },
                  widths: [170, 170, 60], right: [2])
        if !d.heldAtProvider.isEmpty, d.heldAtProvider != d.numbers {
            pdf.field(t["held"], d.heldAtProvider.map { $0.count == 1 ? number($0.first) : "\(number($0.first)) – \(number($0.last))" }
                .joined(separator: ", "))
        }
        if let type = d.portType { pdf.field(t["port_type"], t["port_type.\(type)"]) }
        if let btn = d.billingNumber { pdf.field(t["billing"], number(btn)) }
        if let btn = d.newBillingNumber { pdf.field(t["new_billing"], number(btn)) }

        pdf.section(t["dates"])
        if let submitted = d.submitted { pdf.field(t["submitted"], day(submitted)) }
        if let wanted = d.wantedDate { pdf.field(t["wanted"], day(wanted)) }
        if let earliest = d.earliestDate { pdf.field(t["earliest"], day(earliest)) }
        if let records = d.carrierRecords {
            if let csr = records.csrDate { pdf.field(t["csr"], day(csr)) }
            if let invoice = records.invoiceDate { pdf.field(t["invoice"], day(invoice)) }
        }
        if let blocking = d.blocking {
            // A code the losing provider sent is shown with its meaning; pbxc's own name
            // for a reason (BE, US, CA: no public code list) only as the reason in words.
            if blocking.codeSource == "pbxc" {
                pdf.field(t["refusal_reason"], blocking.meaning ?? blocking.code)
            } else {
                pdf.field(t["blocking"], [blocking.code, blocking.meaning].compactMap { $0 }.joined(separator: " — "))
            }
            if let reason = blocking.reason { pdf.field(t["blocking_reason"], reason) }
        }
        if let approved = d.approved {
            pdf.field(t["approved"], [approved.first, approved.last].compactMap { $0 }.map(day).joined(separator: " – "))
        }
        if let executed = d.executedOn { pdf.field(t["executed"], day(executed)) }

        if let rules = d.rules {
            pdf.section(t["rules", d.country])
            pdf.paragraph(t["lead", String(rules.leadBusinessDays)])
            // The country's own wording where pbxc has it in this language, else the profile's.
            if let window = rules.window { pdf.field(t["window"], t.localized("window.\(d.country)") ?? window) }
            pdf.field(t["outage"], t.localized("outage.\(d.country)") ?? rules.outage)
        }
        if let w = d.executionWindow {
            pdf.field(t["execution_window"], t["execution_window.value", day(w.firstDay), day(w.lastDay), w.fromTime, w.untilTime])
        }
        if let price = d.price {
            pdf.field(t["price"], t["price.value", locale.amount(price.perNumber, currency: price.currency), String(price.numbers), locale.amount(price.total, currency: price.currency)])
        }
        if !d.warnings.isEmpty {
            pdf.section(t["notes"])
            for warning in d.warnings {
                pdf.paragraph("– " + t["warning.\(warning.code)", warning.numbers.map(number).joined(separator: ", ")])
            }
        }

        pdf.section(t["signature"])
        pdf.paragraph(t[loa ? "authorisation.loa" : "authorisation", d.gainingProvider?.name ?? "", d.losingProvider ?? ""])
        // One block: the signatory's name, when known, printed on its line.
        pdf.signatureBlock([t["name"], t["place"], t["date"], t["signed"]],
                           filled: d.signatory?.name.map { [t["name"]: $0] } ?? [:])
        return EmittedFile(path: "porting/\(d.id).pdf", contents: try pdf.data())
    }
}
