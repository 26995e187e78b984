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
        var places: [LString] = []
        for entry in c.customer.numbers {
            let ends = NumberRange.split(entry.value).map { [$0.0, $0.1] } ?? [entry.value]
            places += ends.map { LString($0, at: entry.location) }
        }
        places += [c.customer.company?.number].compactMap { $0 } + c.entities.all.compactMap(\.number)
        for (field, destination) in c.resolvedDestinations {
            if case .external = destination { places.append(field.text) }
        }
        // Caller numbers a user refuses and the external numbers of a simultaneous ring.
        for user in c.customer.users {
            places += user.simring
            for block in user.blockIncoming?.numbers ?? [] { places += block.numbers }
        }
        for key in c.lineKeys where key.type?.value == .speedDial {
            if let target = key.target, case .external = c.resolve(target.value) { places.append(target) }
        }
        var national: [LString] = []
        for place in places {
            guard case .failure(let problem) = c.phone(place.value) else { continue }
            if problem == .needsCountry { national.append(place); continue }
            c.report(description, at: place.location, problem.message(place.value, country: c.country))
        }
        // One root cause, one finding: the missing country, with every number it affects
        // (contact phones too, which `phone-format` leaves to this finding).
        reportMissingCountry(national + PhoneFormat.phones(c).filter { needsCountry($0.value, c) }, c)
    }

    private static func needsCountry(_ text: String, _ c: CustomerContext) -> Bool {
        if case .failure(.needsCountry) = c.phone(text) { return true }
        return false
    }

    private static func reportMissingCountry(_ places: [LString], _ c: CustomerContext) {
        let sorted = places.sorted { ($0.location.file, $0.location.offset) < ($1.location.file, $1.location.offset) }
        guard let first = sorted.first else { return }
        let others = sorted.dropFirst()
        let count = others.isEmpty ? "`\(first.value)` is" : "\(sorted.count) numbers, such as `\(first.value)`, are"
        c.report(description, at: first.location,
                 "\(count) in national format, but the customer has no country to read them with",
                 notes: others.map { ("also in national format: `\($0.value)`", $0.location) },
                 help: "set `defaults.country` in pbxc.yaml (for every customer) or `customer.country` (e.g. `country: NL`), or write the numbers as +<country code>…")
    }
}
