import Domain
import Parser

/// `unknown-key`: only keys of the config language.
enum UnknownKey: StructureRule {
    static let description = RuleDescription(
        reportedBy: .unknownKey, section: .documentStructure,
        summary: "a key the schema does not know; suggest the nearest known key",
        rationale: """
        A misspelt key would otherwise be ignored silently (`extention: "201"` leaves the user without an \
        extension). The message suggests the nearest known key, or lists the keys allowed there.
        """,
        bad: [Example.customer("users: [{ id: jan, name: Jan, ↓extention: \"201\" }]")],
        good: [Example.customer("users: [{ id: jan, name: Jan, extension: \"201\" }]")])
}
