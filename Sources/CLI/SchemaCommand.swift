import ArgumentParser
import Domain
import Parser

/// `pbxc schema`: the JSON Schema of the config language, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the config language (for yaml-language-server and other tools).",
        discussion: """
        Save it (e.g. as pbxc.schema.json) and point files at it: `# yaml-language-server: $schema=pbxc.schema.json`.

        Examples:
          pbxc schema > pbxc.schema.json
              for editors (pbxc init writes it too)
        """)

    static func schemaText() -> String { JSONSchemaGenerator.text() }

    func run() throws {
        Console.current.out(Self.schemaText())
    }
}
