import Diagnostics
import Domain
import Parser

/// `key-target`: a line key must name something it can watch or dial.
enum KeyTarget: CustomerRule {
    static let description = RuleDescription(
        id: "key-target", severity: .error, section: .usersAndDevices,
        summary: "a line key (BLF, speed dial) that names nothing",
        rationale: """
        A BLF key watches a colleague's line, so it names a user with an extension, or `night_mode`: the \
        company's manual night-mode switch, which needs `company.night_mode.feature_code` (the key dials \
        the code and lights while night mode is switched on by hand); a speed dial dials a user, group or \
        menu (by id or extension), `voicemail`, or an external number.
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: generate, keys: [{ type: blf, target: ↓piet }] }] }]"#)],
        good: [Example.customer("""
        users:
          - { id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: generate, keys: [{ type: blf, target: piet }] }] }
          - { id: piet, name: Piet, extension: "202" }
        """)])

    static func check(_ c: CustomerContext) {
        for key in c.lineKeys {
            guard let target = key.target, let type = key.type?.value else { continue }
            if target.value == CheckedLineKey.nightModeTarget {
                if c.customer.company?.nightMode?.featureCode == nil {
                    c.report(description, at: target.location,
                             "a `night_mode` key flips the manual night-mode switch, but the company has no feature code for it",
                             help: "set `company.night_mode.feature_code` (e.g. `\"*28\"`)")
                }
                continue
            }
            let resolved = c.resolve(target.value)
            switch (type, resolved) {
            case (.blf, .entity(let e)) where e.kind == .user && e.extensionNumber != nil:
                continue
            case (.blf, .entity(let e)):
                c.report(description, at: target.location,
                         "a BLF key watches a user with an extension; `\(target.value)` is \(e.label)\(e.extensionNumber == nil ? " without an extension" : "")")
            case (.blf, _):
                let users = c.entities.all.filter { $0.kind == .user }.compactMap { $0.id?.value }
                c.report(description, at: target.location, "BLF key target `\(target.value)` names no user",
                         help: Suggestions.didYouMean(target.value, in: users + [CheckedLineKey.nightModeTarget]))
            case (_, .unresolved(let message, let help)):
                c.report(description, at: target.location, "line key target: \(message)", help: help)
            default:
                continue
            }
        }
    }
}
