import Domain
import Parser

/// `porting-holder`: the holder as the losing provider has it, complete.
enum PortingHolder: CustomerRule {
    static let description = RuleDescription(
        id: "porting-holder", severity: .error, section: .porting,
        summary: "holder name/address incomplete: the main cause of refusal",
        rationale: """
        The losing provider compares the holder — name, street, house number, postcode, city — with its \
        own records and refuses on any difference (in the Netherlands blocking code 22, a name or address mismatch). Write them exactly \
        as on the losing provider's invoice; all five are needed. In Canada and the United States the \
        service address also has its province or state (`province: QC`), as the carrier's record has it.
        """,
        bad: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#, holder: "holder: ↓{ name: Acme B.V., city: Amstelveen }"),
              PortingBillingNumber.billingExample(#"billing_number: "+1 514 849 0100""#, held: "0103")
                .replacingOccurrences(of: "holder: {", with: "holder: ↓{").replacingOccurrences(of: ", province: QC }", with: " }")],
        good: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#),
               PortingBillingNumber.billingExample(#"billing_number: "+1 514 849 0100""#, held: "0103")])

    static func check(_ c: CustomerContext) {
        for p in c.portings where !p.isMove {
            guard let holder = p.request.holder else {
                c.report(description, at: p.request.id?.location ?? p.request.location,
                         "porting request `\(p.id)` has no `holder`: the losing provider cannot match it",
                         help: "add `holder:` with name, street, house_number, postcode and city as on the invoice")
                continue
            }
            var fields: [(String, LString?)] = [("name", holder.name), ("street", holder.street),
                                                ("house_number", holder.houseNumber), ("postcode", holder.postcode),
                                                ("city", holder.city)]
            // North America: the service address the carrier matches has its province or state.
            if p.profile?.hasBillingNumber == true { fields.append(("province", holder.province)) }
            let missing = fields.filter { $0.1 == nil || $0.1!.value.trimmedSpaces().isEmpty }.map(\.0)
            guard !missing.isEmpty else { continue }
            c.report(description, at: holder.location,
                     "the holder lacks \(missing.map { "`\($0)`" }.joined(separator: ", ")): the losing provider refuses requests whose holder does not match its records",
                     help: "write them exactly as on the losing provider's invoice")
        }
    }
}
