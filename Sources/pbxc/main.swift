import CLI
import Foundation

// A thin main: everything lives in the CLI target, where tests run it in-process.
exit(PBXCRunner.run(Array(CommandLine.arguments.dropFirst()), console: .system()))
