import Domain
import Parser

/// `file-unreadable`: a file named by the repository could not be read (an addition
/// to the catalog: permissions, a folder named `*.yaml`, a vanished file).
enum FileUnreadable: StructureRule {
    static let description = RuleDescription(
        reportedBy: .fileUnreadable, section: .documentStructure,
        summary: "a configuration file that cannot be read (permissions, not a regular file) — beyond",
        rationale: """
        Reported at line 1 of the file with the system's reason. Its test lives with the command tests, \
        since an example text is always readable.
        """,
        bad: [],
        good: [Example.customer("users: [{ id: jan, name: Jan, extension: \"201\" }]")])
}
