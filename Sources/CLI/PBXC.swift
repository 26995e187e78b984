import ArgumentParser
import Foundation

/// The `pbxc` command and its subcommands.
public struct PBXC: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pbxc",
        abstract: "A declarative config compiler for customer PBXs.",
        discussion: "Exit status: 0 clean (warnings allowed), 1 errors found, 2 usage or internal error.",
        version: PBXCVersion.current,
        subcommands: [CheckCommand.self, BuildCommand.self, TraceCommand.self, DiffCommand.self, MergeCommand.self, SchemaCommand.self, InitCommand.self, ExplainCommand.self, RulesCommand.self])

    public init() {}
}

public enum PBXCVersion {
    public static let current = "0.1.0"
}

/// Runs `pbxc` with `arguments` and returns its exit status, writing through
/// `console`. Usage errors exit 2 (argument-parser's 64 is mapped), as do internal ones.
public enum PBXCRunner {
    public static func run(_ arguments: [String], console: Console) -> Int32 {
        Console.$current.withValue(console) {
            do {
                var command = try PBXC.parseAsRoot(arguments)
                try command.run()
                return 0
            } catch let error as UsageError {
                console.err("pbxc: error: \(error.description)\n")
                return 2
            } catch {
                let code = PBXC.exitCode(for: error)
                let message = PBXC.fullMessage(for: error)
                if code == .success {
                    if !message.isEmpty { console.out(message + "\n") }
                    return 0
                }
                if !message.isEmpty { console.err(message + "\n") }
                if code == .validationFailure { return 2 }
                return code.rawValue == 1 ? 1 : 2
            }
        }
    }
}

/// A usage problem found after argument parsing (a path that does not exist, …):
/// printed as `pbxc: error: …`, exit 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String
}
