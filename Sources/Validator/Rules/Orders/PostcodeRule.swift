import Domain
import Parser

/// `postcode`: postcodes have their country's form.
enum PostcodeRule: CustomerRule {
    static let description = RuleDescription(
        id: "postcode", severity: .error, section: .orders,
        summary: "not a postcode of its country (NL: 4 digits, first not 0, 2 letters, not SA/SD/SS)",
        rationale: """
        Order addresses and porting holders are compared with registers; a postcode of the wrong form is \
        a typo. NL: 4 digits not starting with 0, then 2 letters, not SA, SD or SS; BE 4 digits; DE 5 \
        digits; US ZIP or ZIP+4; CA `A1A 1A1`. Other countries are not checked. The country is the \
        address's `country`, else the customer's.
        """,
        bad: [Example.order(address: #"{ street: Krijgsman, house_number: "14", postcode: ↓0186DM, city: Amstelveen, country: NL }"#)],
        good: [Example.order()])

    static func check(_ c: CustomerContext) {
        var codes: [(LString, String?)] = c.customer.orders.compactMap { o in
            o.address?.postcode.map { ($0, o.address?.country?.value) }
        }
        codes += c.customer.porting.compactMap { p in p.holder?.postcode.map { ($0, p.holder?.country?.value) } }
        for (code, written) in codes {
            guard let country = written ?? c.country, let problem = Postcode.problem(code.value, country: country) else { continue }
            c.report(description, at: code.location, "`\(code.value)` is not a postcode of \(country.uppercased()): \(problem)")
        }
    }
}
