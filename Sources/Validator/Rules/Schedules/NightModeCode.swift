import Diagnostics
import Domain
import Parser

/// `night-mode-code`: the feature code that switches night mode by hand must be
/// dialable and must not take a number phones already dial.
enum NightModeCode: CustomerRule {
    static let description = RuleDescription(
        id: "night-mode-code", severity: .error, section: .schedules,
        summary: "a night-mode feature code that is not `*`/`#` and 1–4 digits (or 2–4 digits), or that an extension or a reserved number already uses",
        rationale: """
        The portal lets the customer switch night mode on by hand, apart from the schedule; from a phone \
        that is a feature code (`company.night_mode.feature_code`) with a BLF key that lights while the \
        switch is on. Phones dial the code like an extension, so it must be digits (`*` or `#` first \
        keeps it apart from every extension), and it cannot be an extension, the company voicemail or \
        fax, the voicemail access code 1233 or an emergency number: the phone would reach one of the two \
        and never the other.
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201" }]"#, company: """
        company:
          number: "+31887654000"
          unassigned_numbers: voicemail
          night_mode: { mode: auto, office_hours: hours, feature_code: ↓"201" }
        schedules: { hours: { hours: { mon-fri: "08:00-17:00" } } }
        """),
              Example.customer("", company: """
        company:
          number: "+31887654000"
          unassigned_numbers: voicemail
          night_mode: { mode: off, feature_code: ↓"*2a" }
        """)],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201" }]"#, company: """
        company:
          number: "+31887654000"
          unassigned_numbers: voicemail
          night_mode: { mode: auto, office_hours: hours, feature_code: "*28" }
        schedules: { hours: { hours: { mon-fri: "08:00-17:00" } } }
        """)])

    /// `*28`, `#9`, `555`: a star or hash and 1–4 digits, or 2–4 digits.
    static func isDialable(_ code: String) -> Bool {
        let digits = code.drop { $0 == "*" || $0 == "#" }
        let prefix = code.count - digits.count
        guard prefix <= 1, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        return prefix == 1 ? (1...4).contains(digits.count) : (2...4).contains(digits.count)
    }

    static func check(_ c: CustomerContext) {
        guard let code = c.customer.company?.nightMode?.featureCode else { return }
        guard isDialable(code.value) else {
            c.report(description, at: code.location, "feature code `\(MessageText.escaped(code.value))` cannot be dialled as written",
                     help: "write `*` and 1–4 digits, e.g. `*28`")
            return
        }
        var reserved: [String: String] = [
            ExtensionConflict.fax: "the company fax", CheckedCustomer.voicemailAccessCode: "the voicemail access code",
            "112": "the emergency number", "911": "the emergency number",
        ]
        if c.companyVoicemailEnabled { reserved[c.companyVoicemailExtension] = "the company voicemail" }
        if let entity = c.entities.byExtension[code.value] {
            c.report(description, at: code.location, "feature code \(code.value) is already the extension of \(entity.label)",
                     notes: [("\(entity.label) has it here", entity.extensionNumber?.location)],
                     help: "choose a code that starts with `*`, e.g. `*28`")
        } else if let owner = reserved[code.value] {
            c.report(description, at: code.location, "feature code \(code.value) is \(owner)",
                     help: "choose a code that starts with `*`, e.g. `*28`")
        }
    }
}
