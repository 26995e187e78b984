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
        as on the losing provider's invoice; all five are needed.
        """,
        bad: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#, holder: "holder: ↓{ name: Acme B.V., city: Amstelveen }")],
        good: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#)])

    static func check(_ c: CustomerContext) {
        for p in c.portings where !p.isMove {
            guard let holder = p.request.holder else {
                c.report(description, at: p.request.id?.location ?? p.request.location,
                         "porting request `\(p.id)` has no `holder`: the losing provider cannot match it",
                         help: "add `holder:` with name, street, house_number, postcode and city as on the invoice")
                continue
            }
            let fields: [(String, LString?)] = [("name", holder.name), ("street", holder.street),
                                                ("house_number", holder.houseNumber), ("postcode", holder.postcode),
                                                ("city", holder.city)]
            let missing = fields.filter { $0.1 == nil || $0.1!.value.trimmedSpaces().isEmpty }.map(\.0)
            guard !missing.isEmpty else { continue }
            c.report(description, at: holder.location,
                     "the holder lacks \(missing.map { "`\($0)`" }.joined(separator: ", ")): the losing provider refuses requests whose holder does not match (NL code 22)",
                     help: "write them exactly as on the losing provider's invoice")
        }
    }
}
