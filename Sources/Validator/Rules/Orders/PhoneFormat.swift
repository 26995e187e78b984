import Domain
import Parser

/// `phone-format`: contact phone numbers are real numbers.
enum PhoneFormat: CustomerRule {
    static let description = RuleDescription(
        id: "phone-format", severity: .error, section: .orders,
        summary: "a contact phone that is not a valid number",
        rationale: """
        The order's contact is called to confirm it; a number one digit short, such as `+3152400000`, is a \
        common typo. Numbers are checked with libphonenumber for the customer's country.
        """,
        bad: [Example.order(contact: #"{ name: J. de Vries, email: jan@acme.example, phone: ↓"+3152400000" }"#)],
        good: [Example.order()])

    /// The contact phones of orders and porting requests.
    static func phones(_ c: CustomerContext) -> [LString] {
        c.customer.orders.compactMap { $0.contact?.phone } + c.customer.porting.compactMap { $0.signatory?.phone }
    }

    static func check(_ c: CustomerContext) {
        for phone in phones(c) {
            // A missing country is one finding of `number-format`, for every number at once.
            guard case .failure(let problem) = c.phone(phone.value), problem != .needsCountry else { continue }
            c.report(description, at: phone.location, problem.message(phone.value, country: c.country))
        }
    }
}
