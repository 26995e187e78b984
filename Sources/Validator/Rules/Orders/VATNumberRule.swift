import Domain
import Parser

/// `vat-number`: VAT ids pass their country's check.
enum VATNumberRule: CustomerRule {
    static let description = RuleDescription(
        id: "vat-number", severity: .error, section: .orders,
        summary: "VAT id wrong for its country: NL `NL` + 9 digits + `B` + 2 digits, valid when *either* the 11-test on the 9 digits *or* mod 97 over the whole id holds (one check alone rejects real ids); BE 10 digits, mod 97; DE 9 digits, ISO 7064 mod 11,10",
        rationale: """
        Invoices carry the customer's VAT id; a wrong one makes them invalid for the customer's tax \
        return. Dutch ids are valid under either of two checks (sole traders since 2020 have ids that only \
        pass mod 97); Belgian ones are the enterprise number with a mod-97 check; German ones end in an \
        ISO 7064 MOD 11,10 check digit. Ids of other countries are checked for their shape only.
        """,
        bad: [Example.order(billing: #"{ kvk: "72511486", vat: ↓NL004495446B01, iban: NL91ABNA0417164300, invoice_email: finance@acme.example }"#)],
        good: [Example.order(billing: #"{ kvk: "72511486", vat: NL000099998B57, iban: NL91ABNA0417164300, invoice_email: finance@acme.example }"#)])

    static func check(_ c: CustomerContext) {
        for order in c.customer.orders {
            guard let vat = order.billing?.vat else { continue }
            switch VATNumber.check(vat.value) {
            case .valid, .unchecked: continue
            case .badFormat(let shape):
                c.report(description, at: vat.location, "VAT id `\(vat.value)` does not have the form of its country: \(shape)",
                         help: "copy it from an invoice or the VIES register")
            case .badCheck(let why):
                c.report(description, at: vat.location, "VAT id `\(vat.value)` fails its check: \(why)",
                         help: "a digit is probably wrong or swapped: copy it from an invoice or the VIES register")
            }
        }
    }
}
