import Diagnostics
import Domain
import Parser

/// `document-text`: text printed on porting and order documents must be printable.
enum DocumentText: CustomerRule {
    static let description = RuleDescription(
        id: "document-text", severity: .error, section: .porting,
        summary: "a name or address printed on a porting or order document holds a character no document font has — beyond",
        rationale: """
        Porting and order documents are PDFs with embedded fonts: DejaVu Sans for Latin, Greek and \
        Cyrillic, and Droid Sans Fallback for Chinese, Japanese and Korean. A character neither font has \
        (an emoji, a rare script) would print as an empty box, and a losing provider compares the holder \
        letter by letter with its records. pbxc refuses such text instead of printing something else. \
        The same goes for any character beyond Unicode's first 65,536 (emoji such as 😀, old scripts), \
        even one DejaVu draws: the PDF library writes each character as a 16-bit code and would drop it. \
        Control characters and line breaks are refused for the same reason.
        """,
        bad: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#,
                              holder: #"holder: { name: ↓"Acme 🎉 B.V.", street: Krijgsman, house_number: "14", postcode: 1186DM, city: Amstelveen }"#),
              Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#,
                              holder: #"holder: { name: ↓"Acme 😀 B.V.", street: Krijgsman, house_number: "14", postcode: 1186DM, city: Amstelveen }"#)],
        good: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#,
                               holder: #"holder: { name: "Łódź Ő 東京 B.V.", street: Krijgsman, house_number: "14", postcode: 1186DM, city: Amstelveen }"#)])

    static func check(_ c: CustomerContext) {
        func inspect(_ text: LString?) {
            guard let text, let problem = problem(text.value) else { return }
            c.report(description, at: text.location, "this text is printed on a document but \(problem)",
                     help: "write it with letters, digits and punctuation of a language the documents can print")
        }
        inspect(c.customer.info?.name)
        for request in c.customer.porting {
            inspect(request.losingProvider)
            inspect(request.contract?.account)
            for field in [request.holder?.name, request.holder?.street, request.holder?.houseNumber, request.holder?.postcode,
                          request.holder?.city, request.holder?.province, request.holder?.country, request.holder?.kvk] {
                inspect(field)
            }
            for field in [request.signatory?.name, request.signatory?.email, request.signatory?.phone] { inspect(field) }
        }
        for order in c.customer.orders {
            for field in [order.contact?.name, order.contact?.email, order.contact?.phone, order.address?.street,
                          order.address?.houseNumber, order.address?.postcode, order.address?.city, order.address?.province,
                          order.address?.country,
                          order.billing?.kvk, order.billing?.vat, order.billing?.iban, order.billing?.invoiceEmail] {
                inspect(field)
            }
        }
    }

    /// What is wrong with `text` on a document, or nil. Printable ASCII is always fine
    /// (checked on the bytes first, without loading any font).
    static func problem(_ text: String) -> String? {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return nil }
        if DeviceText.hasControl(text) { return "contains a line break or another control character" }
        guard let fonts = DocumentFonts.installed else { return nil }  // the build says the fonts are missing
        let missing = fonts.unprintable(text)
        guard !missing.isEmpty else { return nil }
        let shown = missing.prefix(3).map { "U+\(String($0.value, radix: 16, uppercase: true))" }.joined(separator: ", ")
        return "holds \(missing.count == 1 ? "a character" : "characters") no document font has (\(shown))"
    }
}
