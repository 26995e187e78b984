import Compiler
import Domain

/// `moves/<id>.pdf`: the move between partners to sign (A4), in the customer's
/// language: the partners, both partners' consent, the numbers that move (only
/// these), the move date, what the cut-over means for the customer, and a signature
/// block for each partner.
public enum MovePDFEmitter {
    public static func emit(_ d: MoveDocument, letterhead: Letterhead? = nil) throws -> EmittedFile {
        let t = DocumentText(d.language)
        let locale = DocumentLocale(language: d.language, country: d.country)
        let day = locale.date
        let pdf = try PDFWriter()
        if let letterhead { pdf.letterhead(letterhead, labels: (t["registration"], t["vat_short"])) }
        pdf.title(t["move.title"])
        pdf.field(t["request"], d.id)
        pdf.field(t["customer"], d.customer.name)

        pdf.section(t["partners"])
        pdf.field(t["previous"], d.previousPartner ?? "")
        if let gaining = d.gainingPartner {
            pdf.field(t["gaining_partner"], [gaining.name, gaining.id.map { "(\($0))" }].compactMap { $0 }.joined(separator: " "))
        }
        pdf.field(t["consent.previous"], d.consent.previousPartner ?? "")
        pdf.field(t["consent.signed_by"], d.consent.signedBy ?? "")
        pdf.field(t["consent.gaining"], d.consent.gainingPartner ?? "")

        pdf.section(t["move.numbers"])
        pdf.table([t["from"], t["to"], t["count"]], d.numbers.map { [locale.phone($0.first), locale.phone($0.last), String($0.count)] },
                  widths: [170, 170, 60], right: [2])

        pdf.section(t["dates"])
        if let submitted = d.submitted { pdf.field(t["submitted"], day(submitted)) }
        if let date = d.moveDate { pdf.field(t["move.date"], day(date)) }
        if let executed = d.executedOn { pdf.field(t["executed"], day(executed)) }

        pdf.section(t["notes"])
        for note in ["internal", "only_listed", "offline", "not_before", "cancel"] {
            pdf.paragraph("– " + t["move.note.\(note)"])
        }

        pdf.section(t["signature"])
        pdf.paragraph(t["signature.previous"])
        pdf.signatureBlock([t["name"], t["place"], t["date"], t["signed"]])
        pdf.paragraph(t["signature.gaining"])
        pdf.signatureBlock([t["name"], t["place"], t["date"], t["signed"]])
        return EmittedFile(path: "moves/\(d.id).pdf", contents: try pdf.data())
    }
}
