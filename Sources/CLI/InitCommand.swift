import ArgumentParser
import Foundation
import Parser

/// `pbxc init [DIR]`: a new repository with one example customer that checks clean.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new repository with one example customer that checks clean.",
        discussion: """
        Writes pbxc.yaml and customers/example.yaml, each with an editor modeline naming its JSON \
        Schema, which it writes into schemas/ (`pbxc schema --output schemas` refreshes them), a \
        pre-commit configuration, and CI for GitHub Actions and GitLab CI; hook and CI run the installed pbxc \
        (the Debian package). Refuses a folder that already has a pbxc.yaml.

        Examples:
          pbxc init partner-config
              a new repository in the folder partner-config
          pbxc init && pbxc check
              here, then check it
        """)

    @Argument(help: "The folder (default: the current folder; created when missing).")
    var directory: String = "."

    func run() throws {
        let console = Console.current
        let folder = directory.hasPrefix("/") ? URL(fileURLWithPath: directory)
            : console.currentDirectory.appendingPathComponent(directory)
        let fm = FileManager.default
        if fm.fileExists(atPath: folder.appendingPathComponent("pbxc.yaml").path) {
            throw UsageError(description: "\(folder.path) already has a pbxc.yaml")
        }
        let files = InitFiles.all.map { ($0.0, Data($0.1.utf8)) }
            + JSONSchemaGenerator.Root.allCases.map { ("schemas/\($0.fileName)", Data(JSONSchemaGenerator.text($0).utf8)) }
            + InitFiles.audio
        for (path, _) in files where fm.fileExists(atPath: folder.appendingPathComponent(path).path) {
            throw UsageError(description: "\(folder.appendingPathComponent(path).path) exists; pbxc init writes only new files")
        }
        do {
            for (path, bytes) in files {
                let url = folder.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try bytes.write(to: url, options: .withoutOverwriting)
            }
        } catch {
            throw UsageError(description: "cannot write into \(folder.path): \((error as NSError).localizedFailureReason ?? "\(error)")")
        }
        console.err("pbxc: created a repository in \(folder.path) (\(files.count) files); run `pbxc check` there\n")
    }
}
