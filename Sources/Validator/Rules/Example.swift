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
}
