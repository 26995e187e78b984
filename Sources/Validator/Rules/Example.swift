/// Builds the full customer files of rule examples around the part that matters,
/// so that every example is a file `pbxc check` accepts as it stands.
enum Example {
    static let defaultCompany = #"company: { number: "+31887654000", unassigned_numbers: voicemail }"#

    /// A customer `acme` in NL holding +31 88 765 4000…4009, followed by `body`.
    static func customer(_ body: String, company: String = defaultCompany,
                         numbers: String = #"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#) -> String {
        let text = """
        customer: { id: acme, name: Acme B.V., country: NL }
        \(numbers)
        \(company)
        \(body)
        """
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    static let defaultHolder = #"holder: { name: Acme B.V., street: Krijgsman, house_number: "14", postcode: 1186DM, city: Amstelveen }"#

    /// A customer holding the DDI-10 block +31 88 765 4000…4009 and 085 487 9610, with
    /// one porting request from KPN (submitted Monday 2026-11-02, wanted 2026-11-16)
    /// whose remaining lines are `lines` (they must include `numbers:`).
    static func porting(_ lines: String, holder: String = defaultHolder, dates: String = "submitted: 2026-11-02\n    wanted_date: 2026-11-16",
                        company: String = defaultCompany) -> String {
        customer("""
        porting:
          - id: port-1
            losing_provider: KPN
            contract: { account: "1.23456789", handling: end_at_term }
            \(holder)
            \(dates)
            \(lines)
        """, company: company, numbers: #"numbers: ["+31 88 765 4000 - +31 88 765 4009", "+31 85 487 9610"]"#)
    }
}
