import Domain
import Parser

/// `porting-carrier-record`: name and service address exactly as the carrier has them.
enum PortingCarrierRecord: CustomerRule {
    static let description = RuleDescription(
        id: "porting-carrier-record", severity: .error, section: .porting,
        summary: "the holder differs, field by field, from the losing carrier's record (`carrier_record`, from the CSR or invoice)",
        rationale: """
        The name and service address of the request must match the losing carrier's record exactly — \
        one of the most common reasons for a rejected port. When `carrier_record:` gives them as the CSR \
        or invoice has them, pbxc compares name, street, house number, postcode, city and province one by \
        one, character for character — except the postcode's spacing and case, which the documents \
        write the post's way anyway (`M5V2A1` is printed `M5V 2A1`).
        """,
        bad: [record(#"{ name: Érable inc., street: Rue Sainte-Catherine Ouest, house_number: "1", postcode: H3B 1A1, city: Montréal }"#,
                     marker: "↓")],
        good: [record(#"{ name: Érable inc., street: Rue Sainte-Catherine O, house_number: "1", postcode: H3B 1A1, city: Montréal }"#),
               record(#"{ name: Érable inc., street: Rue Sainte-Catherine O, house_number: "1", postcode: H3B1A1, city: Montréal }"#)])

    static func record(_ record: String, marker: String = "") -> String {
        PortingBillingNumber.billingExample(#"billing_number: "+1 514 849 0100""#, held: "0103")
            .replacingOccurrences(of: "holder: { name: Érable inc., street: Rue",
                                  with: "holder: { name: Érable inc., street: \(marker)Rue")
            + "\n    carrier_record: \(record)"
    }

    static func check(_ c: CustomerContext) {
        for p in c.portings where !p.isMove {
            guard let record = p.request.carrierRecord, let holder = p.request.holder else { continue }
            let fields: [(String, LString?, LString?)] = [
                ("name", holder.name, record.name), ("street", holder.street, record.street),
                ("house_number", holder.houseNumber, record.houseNumber), ("postcode", holder.postcode, record.postcode),
                ("city", holder.city, record.city), ("province", holder.province, record.province),
            ]
            for (key, mine, theirs) in fields {
                guard let theirs, mine?.value != theirs.value else { continue }
                // A postcode is the same postcode however it is spaced: the LOA prints it the post's way.
                if key == "postcode", let mine, compact(mine.value) == compact(theirs.value) { continue }
                c.report(description, at: mine?.location ?? holder.location,
                         "the holder's \(key) `\(mine?.value ?? "")` differs from the carrier's record `\(theirs.value)`",
                         notes: [("the carrier's record has it here", theirs.location)],
                         help: "write it exactly as the carrier's record: `\(theirs.value)`")
            }
        }
    }

    private static func compact(_ postcode: String) -> String { postcode.uppercased().filter { !$0.isWhitespace } }
}
