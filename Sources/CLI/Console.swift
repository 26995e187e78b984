import Foundation

/// Where a command writes, and what it knows of its surroundings. Injected so that
/// tests run commands in-process; `pbxc` itself uses the real streams.
public final class Console: @unchecked Sendable {
    public var out: (String) -> Void
    public var err: (String) -> Void
    public var environment: [String: String]
    public var currentDirectory: URL
    public var stderrIsTerminal: Bool
    /// Standard input, read whole (`pbxc check -`).
    public var input: () -> Data

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void,
                environment: [String: String] = [:], currentDirectory: URL, stderrIsTerminal: Bool = false,
                input: @escaping () -> Data = { Data() }) {
        self.out = out
        self.err = err
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.stderrIsTerminal = stderrIsTerminal
        self.input = input
    }

    /// The process's own streams and environment.
    public static func system() -> Console {
        Console(out: { FileHandle.standardOutput.write(Data($0.utf8)) },
                err: { FileHandle.standardError.write(Data($0.utf8)) },
                environment: ProcessInfo.processInfo.environment,
                currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                stderrIsTerminal: isatty(STDERR_FILENO) == 1,
                input: { FileHandle.standardInput.readDataToEndOfFile() })
    }

    /// Colour on a terminal only, never under `NO_COLOR` (no-color.org) or `TERM=dumb`;
    /// `FORCE_COLOR` turns it on anywhere.
    public var useColor: Bool {
        if let force = environment["FORCE_COLOR"], !force.isEmpty, force != "0" { return true }
        if let no = environment["NO_COLOR"], !no.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return stderrIsTerminal
    }

    @TaskLocal public static var current: Console = .system()
}
