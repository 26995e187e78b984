import Domain
import Parser

/// `porting-number-twice`: a number is in one open request at a time.
enum PortingNumberTwice: CustomerRule {
    static let description = RuleDescription(
        id: "porting-number-twice", severity: .error, section: .porting,
        summary: "one number in two open porting requests",
        rationale: """
        Two open requests for one number conflict at the losing provider (DE: code VAE, another request \
        pending); the second is refused. Cancel one, or split the numbers between them.
        """,
        bad: [Example.porting(#"""
        numbers: ["+31 88 765 4000 - +31 88 765 4009"]
          - id: port-2
            losing_provider: KPN
            contract: { account: "1.23456789", handling: end_at_term }
            holder: { name: Acme B.V., street: Krijgsman, house_number: "14", postcode: 1186DM, city: Amstelveen }
            submitted: 2026-11-02
            wanted_date: 2026-11-16
            numbers: [↓"+31 88 765 4000 - +31 88 765 4009"]
        """#)],
        good: [Example.porting(#"""
        numbers: ["+31 88 765 4000 - +31 88 765 4009"]
          - id: port-2
            losing_provider: KPN
            contract: { account: "1.23456789", handling: end_at_term }
            holder: { name: Acme B.V., street: Krijgsman, house_number: "14", postcode: 1186DM, city: Amstelveen }
            submitted: 2026-11-02
            wanted_date: 2026-11-16
            numbers: ["+31 85 487 9610"]
        """#)])

    static func check(_ c: CustomerContext) {
        let open = c.portings.filter(\.isOpen)
        for (i, later) in open.enumerated() {
            for range in later.ported {
                guard let earlier = open[..<i].first(where: { e in
                    e.ported.contains { $0.first.digits <= range.last.digits && range.first.digits <= $0.last.digits }
                }), let other = earlier.ported.first(where: { $0.first.digits <= range.last.digits && range.first.digits <= $0.last.digits })
                else { continue }
                c.report(description, at: range.text.location,
                         "`\(range.text.value)` is also in the open porting request `\(earlier.id)`",
                         notes: [("the other request has it here", other.text.location)],
                         help: "a number can be in one open request at a time: cancel one or split the numbers")
            }
        }
    }
}
