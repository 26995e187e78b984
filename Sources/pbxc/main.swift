import CLI
import Emitters
import Foundation

// A thin main: everything lives in the CLI target, where tests run it in-process.
// Outside programs (Graphviz) end with pbxc when it is stopped.
ChildProcess.installTerminationHandlers()
exit(PBXCRunner.run(Array(CommandLine.arguments.dropFirst()), console: .system()))
