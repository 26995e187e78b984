import Domain
import Parser

/// `file-not-read`: a YAML file in the repository that no customer reads — a customer
/// put in the wrong place would otherwise be skipped without a word.
enum FileNotRead: StructureRule {
    static let description = RuleDescription(
        reportedBy: .fileNotRead, section: .documentStructure,
        summary: "a YAML file in the repository that belongs to no customer, so pbxc never reads it",
        rationale: """
        pbxc reads `pbxc.yaml` and the customers under `customers/`: a file `customers/<name>.yaml`, or the \
        files directly inside a folder `customers/<name>/`. A YAML file at the top of the repository, in a \
        subfolder of a customer folder, or in a folder one typo away from `customers/` (such as `customer/`) \
        is not read, and the customer in it is not checked or built. Move the file where it belongs. Other \
        folders (CI files, examples) are not looked at. Reported when the whole repository is checked; its \
        test lives with the command tests, since it is about where a file is, not what it says.
        """,
        bad: [],
        good: [Example.customer("users: [{ id: jan, name: Jan, extension: \"201\" }]")])
}
