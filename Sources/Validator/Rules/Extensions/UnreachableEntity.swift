import Domain
import Parser

/// `unreachable-entity`: a user, group or menu needs a number or an extension.
enum UnreachableEntity: CustomerRule {
    static let description = RuleDescription(
        id: "unreachable-entity", severity: .error, section: .extensions,
        summary: "a user, hunt group or menu with neither number nor extension",
        rationale: """
        "Een gebruiker moet een telefoonnummer of extensie hebben om te kunnen bellen"; a group or menu \
        "must have at least a number or extension to be usable".
        """,
        bad: [Example.customer("hunt_groups: [↓{ id: sales, members: [jan] }]\nusers: [{ id: jan, name: Jan, extension: \"201\" }]")],
        good: [Example.customer("hunt_groups: [{ id: sales, extension: \"101\", members: [jan], overflow: { after_seconds: 30, to: voicemail } }]\nusers: [{ id: jan, name: Jan, extension: \"201\", devices: [{ model: yealink-t54w, mac: \"805EC0123456\", password: generate }] }]")])

    static func check(_ c: CustomerContext) {
        for entity in c.entities.all where !entity.isReachable {
            c.report(description, at: entity.location,
                     "\(entity.label) has neither an extension nor a number, so nothing can reach it",
                     help: "give it an `extension` (2–4 digits)")
        }
    }
}
