import Diagnostics
import Build
import Domain
import Foundation
import Parser
import Validator

// Times each phase of `pbxc check` on a repository, serially, through the same
// library calls the command makes: read the files, build the YAML trees, decode the
// typed model, run the rules. Each phase includes the ones before it.
// Usage: check-phases REPOSITORY
let root = CommandLine.arguments.dropFirst().first ?? "."
let layout = try RepositoryLayout.discover(paths: [root], currentDirectory:
    URL(fileURLWithPath: FileManager.default.currentDirectoryPath))

func time(_ name: String, _ body: () -> Void) {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print("\(name.padding(toLength: 28, withPad: " ", startingAt: 0)) \(String(format: "%6.3f", seconds)) s")
}

var bytes = 0
time("read files") {
    for source in layout.customers {
        for path in source.files { bytes += (try? Data(contentsOf: layout.root.appendingPathComponent(path)))?.count ?? 0 }
    }
}
time("read + YAML trees") {
    let files = SourceFiles()
    let sink = DiagnosticSink(files: files)
    for source in layout.customers {
        for path in source.files {
            let data = (try? Data(contentsOf: layout.root.appendingPathComponent(path))) ?? Data()
            _ = YAMLReader().read([UInt8](data), file: files.register(path: path), sink: sink)
        }
    }
}
time("read + trees + typed model") {
    let files = SourceFiles()
    let loader = ConfigLoader(root: layout.root, files: files)
    for source in layout.customers { _ = loader.customer(source, sink: DiagnosticSink(files: files)) }
}
time("... + rules (serial check)") {
    _ = RepositoryChecker(layout: layout, jobs: 1).run()
}
print("\(bytes) bytes in \(layout.customers.count) customers")
