import Parser

/// `extension-conflict`: one extension, one entity; 999 and 998 are reserved.
enum ExtensionConflict: CustomerRule {
    static let description = RuleDescription(
        id: "extension-conflict", severity: .error, section: .extensions,
        summary: "one extension on two entities, or on a reserved one (company voicemail 999, fax 998)",
        rationale: """
        An extension dials exactly one user, group or menu. The portal reserves 999 for the company \
        voicemail and 998 for the company fax (seed 004 §6.5, §6.4.4); when the company voicemail is \
        moved with `company.voicemail.extension`, that extension is reserved instead.
        """,
        bad: [Example.customer("""
        users:
          - { id: jan, name: Jan, extension: "201" }
          - { id: piet, name: Piet, extension: ↓"201" }
        """)],
        good: [Example.customer("""
        users:
          - { id: jan, name: Jan, extension: "201" }
          - { id: piet, name: Piet, extension: "202" }
        """)])

    static let fax = "998"

    static func check(_ c: CustomerContext) {
        var reserved: [String: String] = [fax: "the company fax"]
        if c.companyVoicemailEnabled { reserved[c.companyVoicemailExtension] = "the company voicemail" }
        var first: [String: Entity] = [:]
        for entity in c.entities.all {
            guard let ext = entity.extensionNumber else { continue }
            if let owner = reserved[ext.value] {
                c.report(description, at: ext.location, "extension \(ext.value) is reserved for \(owner)",
                         help: "choose another extension for \(entity.label)")
            } else if let other = first[ext.value] {
                c.report(description, at: ext.location,
                         "extension \(ext.value) is already used by \(other.label)",
                         notes: [("\(other.label) is here", other.extensionNumber?.location)],
                         help: "give \(entity.label) its own extension")
            } else {
                first[ext.value] = entity
            }
        }
    }
}
