import Domain
import Parser

/// `extension-conflict`: one extension, one entity; 999 and 998 are reserved.
enum ExtensionConflict: CustomerRule {
    static let description = RuleDescription(
        id: "extension-conflict", severity: .error, section: .extensions,
        summary: "one extension on two entities, or on a reserved one (company voicemail 999, fax 998, voicemail access 1233)",
        rationale: """
        An extension dials exactly one user, group or menu. The portal reserves 999 for the company \
        voicemail and 998 for the company fax; when the company voicemail is \
        moved with `company.voicemail.extension`, that extension is reserved instead. Phones dial \
        1233 to listen to their own mailbox, so no extension may be 1233.
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

    static let fax = CustomerContext.companyFaxExtension

    static func check(_ c: CustomerContext) {
        var reserved: [String: String] = [fax: "the company fax",
                                          CheckedCustomer.voicemailAccessCode: "the voicemail access code"]
        if c.companyVoicemailEnabled { reserved[c.companyVoicemailExtension] = "the company voicemail" }
        let onReserved = reserved.keys.sorted().compactMap { c.entities.byExtension[$0] }
            + c.entities.repeatedExtensions.map(\.entity).filter { reserved[$0.extensionNumber?.value ?? ""] != nil }
        for entity in onReserved {
            guard let ext = entity.extensionNumber, let owner = reserved[ext.value] else { continue }
            c.report(description, at: ext.location, "extension \(ext.value) is reserved for \(owner)",
                     help: "choose another extension for \(entity.label)")
        }
        for (entity, other) in c.entities.repeatedExtensions {
            guard let ext = entity.extensionNumber, reserved[ext.value] == nil else { continue }
            c.report(description, at: ext.location, "extension \(ext.value) is already used by \(other.label)",
                     notes: [("\(other.label) is here", other.extensionNumber?.location)],
                     help: "give \(entity.label) its own extension")
        }
    }
}
