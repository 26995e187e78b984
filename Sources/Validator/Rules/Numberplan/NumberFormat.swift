import Domain
import Parser

/// `number-format`: every phone number must be valid for its country.
enum NumberFormat: CustomerRule {
    static let description = RuleDescription(
        id: "number-format", severity: .error, section: .numberplan,
        summary: "not a valid number for its country (length, prefix); national format needs a country",
        rationale: """
        Numbers are parsed with Google's libphonenumber, in international (`+31 88 765 4000`) or national \
        format (`088 765 4000`, read with `customer.country`). A number one digit short is refused here \
        rather than by the provider days later.
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", forward: { unreachable: ↓"+3152400000" } }]"#)],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", forward: { unreachable: "+31524000000" } }]"#)])

    static func check(_ c: CustomerContext) {
        for entry in c.customer.numbers {
            let ends = NumberRange.split(entry.value).map { [$0.0, $0.1] } ?? [entry.value]
            for end in ends { report(end, at: entry, c) }
        }
        let owned = [c.customer.company?.number].compactMap { $0 } + c.entities.all.compactMap(\.number)
        for number in owned { report(number.value, at: number, c) }
        for (field, destination) in c.resolvedDestinations {
            if case .external = destination { report(field.text.value, at: field.text, c) }
        }
        for key in c.lineKeys where key.type?.value == .speedDial {
            if let target = key.target, case .external = c.resolve(target.value) { report(target.value, at: target, c) }
        }
    }

    private static func report(_ text: String, at place: LString, _ c: CustomerContext) {
        if case .failure(let problem) = c.phone(text) {
            c.report(description, at: place.location, problem.message(text, country: c.country),
                     help: problem == .needsCountry ? "add `country: NL` (or the right code) to `customer`" : nil)
        }
    }
}
