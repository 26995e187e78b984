import ArgumentParser
import Foundation
import Parser

extension JSONSchemaGenerator.Root: ExpressibleByArgument {}

/// `pbxc schema customer|repository`: the JSON Schemas of the config language, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print or write the JSON Schemas of the config language (for yaml-language-server and other tools).",
        discussion: """
        Two schemas: `customer` for every file in customers/ (a customer file, or any file of a customer \
        kept as a folder: every section is optional in it) and `repository` for pbxc.yaml. Point a file at \
        its schema with a first line such as `# yaml-language-server: $schema=../schemas/customer-file.schema.json` \
        (relative to the file), or map them by folder in the editor's settings (README, "In an editor").

        Examples:
          pbxc schema customer > customer-file.schema.json
              the schema of a customer file, on standard output
          pbxc schema --output schemas
              writes schemas/customer-file.schema.json and schemas/repository-file.schema.json
        """)

    @Argument(help: "`customer` (a file in customers/) or `repository` (pbxc.yaml); with --output, both when omitted.")
    var kind: JSONSchemaGenerator.Root?

    @Option(name: .shortAndLong, help: "Write into this folder (created when missing) as <kind>-file.schema.json.")
    var output: String?

    func run() throws {
        let console = Console.current
        guard let output else {
            guard let kind else {
                throw UsageError(description: "name a schema: `pbxc schema customer` or `pbxc schema repository`, "
                                 + "or write both with `pbxc schema --output DIR`")
            }
            console.out(JSONSchemaGenerator.text(kind))
            return
        }
        let folder = output.hasPrefix("/") ? URL(fileURLWithPath: output) : console.currentDirectory.appendingPathComponent(output)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for root in kind.map({ [$0] }) ?? JSONSchemaGenerator.Root.allCases {
                try Data(JSONSchemaGenerator.text(root).utf8).write(to: folder.appendingPathComponent(root.fileName), options: .atomic)
                console.err("pbxc: wrote \(folder.appendingPathComponent(root.fileName).path)\n")
            }
        } catch {
            throw UsageError(description: "cannot write into \(folder.path): \((error as NSError).localizedFailureReason ?? "\(error)")")
        }
    }
}
