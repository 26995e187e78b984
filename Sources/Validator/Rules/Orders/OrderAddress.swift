import Domain
import Parser

/// `order-address`: a North American order address names its province or state.
enum OrderAddress: CustomerRule {
    static let description = RuleDescription(
        id: "order-address", severity: .error, section: .orders,
        summary: "an order address in Canada or the United States without its province or state",
        rationale: """
        In Canada and the United States a postal address is not complete without its province or \\
        state: the same city name exists in several of them, and the order's address is where the \\
        customer is registered and billed. Write it as the post office does (`province: QC`, \\
        `province: NY`); the document prints it after the city. The country is the address's \\
        `country`, else the customer's.
        """,
        bad: [Example.order(address: #"↓{ street: Rue Sainte-Catherine O, house_number: "1", postcode: H3B 1A1, city: Montréal, country: CA }"#)],
        good: [Example.order(address: #"{ street: Rue Sainte-Catherine O, house_number: "1", postcode: H3B 1A1, city: Montréal, province: QC, country: CA }"#),
               Example.order()])

    /// The countries whose addresses have a province or state.
    static let countriesWithProvinces: Set<String> = ["CA", "US"]

    static func check(_ c: CustomerContext) {
        for order in c.customer.orders {
            guard let address = order.address,
                  let country = (address.country?.value).map({ $0.uppercased() }) ?? c.country,
                  countriesWithProvinces.contains(country),
                  (address.province?.value.trimmedSpaces() ?? "").isEmpty else { continue }
            c.report(description, at: address.province?.location ?? address.location,
                     "the order's address in \(country == "CA" ? "Canada" : "the United States") has no \(country == "CA" ? "province" : "state")",
                     help: "add `province:` with its two-letter code, e.g. `province: \(country == "CA" ? "QC" : "NY")`")
        }
    }
}
