import CLI
import Foundation

/// What one in-process run of `pbxc` printed, and its exit status.
public struct Run {
    public var status: Int32
    public var out: String
    public var err: String

    public init(status: Int32, out: String, err: String) {
        self.status = status
        self.out = out
        self.err = err
    }
}

/// Runs `pbxc` in-process and captures what it prints.
public func pbxc(_ arguments: [String], in directory: URL = packageRoot,
                 environment: [String: String] = ["NO_COLOR": "1"]) -> Run {
    var out = "", err = ""
    let console = Console(out: { out += $0 }, err: { err += $0 }, environment: environment,
                          currentDirectory: directory, stderrIsTerminal: false)
    let status = PBXCRunner.run(arguments, console: console)
    return Run(status: status, out: out, err: err)
}

/// The environment a build of examples/ needs: its two secrets (test-only values).
public let buildEnvironment = ["NO_COLOR": "1", "PBXC_MASTER_KEY": "test-master-key", "ACME_CARLA_DEVICE_PW": "Carla-Test-1!"]
