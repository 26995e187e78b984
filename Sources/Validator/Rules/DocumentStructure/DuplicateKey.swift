import Domain
import Parser

/// `duplicate-key`: a key once per mapping, a section once per customer.
enum DuplicateKey: StructureRule {
    static let description = RuleDescription(
        reportedBy: .duplicateKey, section: .documentStructure,
        summary: "the same key twice in one mapping",
        rationale: """
        YAML parsers silently keep one of two equal keys; pbxc reports the second (keeping the first) with \
        a note at the first. In a customer folder, a section other than the list sections and `schedules` \
        written in two files is reported the same way.
        """,
        bad: [Example.customer("users:\n  - id: jan\n    name: Jan\n    extension: \"201\"\n    ↓extension: \"202\"")],
        good: [Example.customer("users:\n  - id: jan\n    name: Jan\n    extension: \"201\"")])
}
