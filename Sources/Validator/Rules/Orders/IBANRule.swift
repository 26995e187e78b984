import Domain
import Parser

/// `iban`: bank accounts pass the IBAN check.
enum IBANRule: CustomerRule {
    static let description = RuleDescription(
        id: "iban", severity: .error, section: .orders,
        summary: "IBAN with a wrong length for its country or a failing mod-97 check",
        rationale: """
        Direct debit needs a real account. An IBAN has a fixed length per country (NL 18, BE 16, DE 22) \
        and a check over all its characters (mod 97); `NL42BANK0123456789`, a made-up example often copied, fails it.
        """,
        bad: [Example.order(billing: #"{ kvk: "72511486", vat: NL004495445B01, iban: ↓NL42BANK0123456789, invoice_email: finance@acme.example }"#)],
        good: [Example.order()])

    static func check(_ c: CustomerContext) {
        for order in c.customer.orders {
            guard let iban = order.billing?.iban, let problem = IBAN.problem(iban.value) else { continue }
            let why: String
            switch problem {
            case .characters: why = "it is not 2 letters, 2 check digits and the account in letters and digits"
            case .unknownCountry(let country): why = "`\(country)` is not a country with IBANs that pbxc knows"
            case .length(let country, let expected, let found): why = "\(country) IBANs have \(expected) characters, this one \(found)"
            case .checksum: why = "its check digits do not match (mod 97)"
            }
            c.report(description, at: iban.location, "IBAN `\(iban.value)` is not valid: \(why)",
                     help: "copy it from a bank statement; a typo is the usual cause")
        }
    }
}
