import Domain
import Parser

/// `missing-key`: required keys must be present.
enum MissingKey: StructureRule {
    static let description = RuleDescription(
        reportedBy: .missingKey, section: .documentStructure,
        summary: "a required key is absent",
        rationale: """
        Ids (`customer.id`, `users[].id`, …), a device's `model` and `mac`, a line key's `type` and \
        `target` are required; an empty file, or a customer with no `customer` section, is reported here too.
        """,
        bad: [Example.customer("users: [↓{ name: Jan, extension: \"201\" }]")],
        good: [Example.customer("users: [{ id: jan, name: Jan, extension: \"201\" }]")])
}
