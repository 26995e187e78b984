import Domain
import Parser

/// `extension-missing`: users should always have an extension.
enum ExtensionMissing: CustomerRule {
    static let description = RuleDescription(
        id: "extension-missing", severity: .warning, section: .extensions,
        summary: "a user without an extension (004: \"recommended always\")",
        rationale: """
        "Het is aan te bevelen om gebruikers altijd een extensie te geven": without one, \
        colleagues cannot call the user internally and hunt groups can only reach the external number.
        """,
        bad: [Example.customer(#"users: [↓{ id: jan, name: Jan, number: "+31887654001" }]"#)],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, number: "+31887654001", extension: "201" }]"#)])

    static func check(_ c: CustomerContext) {
        for entity in c.entities.all where entity.kind == .user && entity.extensionNumber == nil && entity.number != nil {
            c.report(description, at: entity.location, "\(entity.label) has no extension",
                     help: "add an `extension` so colleagues and hunt groups can reach it internally")
        }
    }
}
