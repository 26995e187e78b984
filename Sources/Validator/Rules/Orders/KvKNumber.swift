import Domain
import Parser

/// `kvk-number`: Dutch Chamber of Commerce numbers are 8 digits.
enum KvKNumber: CustomerRule {
    static let description = RuleDescription(
        id: "kvk-number", severity: .error, section: .orders,
        summary: "a Dutch KvK number is exactly 8 digits (it has no check digit)",
        rationale: """
        The KvK (Kamer van Koophandel) number identifies a Dutch business; it is 8 digits and has no check \
        digit (unlike the RSIN), so only its form can be checked. It is asked in orders and on porting \
        holders, where it must match the register.
        """,
        bad: [Example.order(billing: #"{ kvk: ↓"7251148", vat: NL004495445B01, iban: NL91ABNA0417164300, invoice_email: finance@acme.example }"#)],
        good: [Example.order()])

    static func check(_ c: CustomerContext) {
        let numbers = c.customer.orders.compactMap { $0.billing?.kvk } + c.customer.porting.compactMap { $0.holder?.kvk }
        for kvk in numbers {
            let digits = kvk.value.filter { $0 != " " }
            guard digits.count != 8 || !digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { continue }
            c.report(description, at: kvk.location, "KvK number `\(kvk.value)` must be exactly 8 digits",
                     help: "copy it from the KvK register extract")
        }
    }
}
