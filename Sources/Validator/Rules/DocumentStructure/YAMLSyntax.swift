import Domain
import Parser

/// `yaml-syntax`: the file must be YAML (reported by the parser).
enum YAMLSyntax: StructureRule {
    static let description = RuleDescription(
        reportedBy: .yamlSyntax, section: .documentStructure,
        summary: "the file is not valid YAML (libyaml's message, with position)",
        rationale: """
        The message is libyaml's own, at the position libyaml gives, with a hint for the usual causes: a \
        tab used for indentation, a file that is not UTF-8 text, a value holding `: ` that needs quotes. \
        Binary files and a second document (`---`) in one file are reported here too.
        """,
        bad: [Example.customer("users:\n  - id: jan\n↓\tname: Jan")],
        good: [Example.customer("users:\n  - id: jan\n    name: Jan\n    extension: \"201\"")])
}
