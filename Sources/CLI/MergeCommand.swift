import ArgumentParser
import Build
import Emitters
import Foundation

/// `pbxc merge SHARD… -o DIR`: one build from the outputs of `pbxc build --shard i/n`
/// — the same bytes as building everything at once.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the outputs of sharded builds (build --shard i/n) into one build.",
        discussion: """
        Every shard must come from the same pbxc, repository file and build year, and a customer may be in \
        one shard only. The result is written like a clean build (a temporary folder moved into place). \
        Repository-wide rules see one shard at a time in a sharded build: run `pbxc check` once over \
        everything as well.

        Examples:
          pbxc merge out-1 out-2 out-3 out-4 -o out
              the four shards of a CI build into out/
        """)

    @Argument(help: "The output folders of the shards.")
    var shards: [String]

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The merged output folder.", valueName: "dir"))
    var output: String

    func run() throws {
        let console = Console.current
        func url(_ path: String) -> URL {
            path.hasPrefix("/") ? URL(fileURLWithPath: path) : console.currentDirectory.appendingPathComponent(path)
        }
        var customers: [BuildManifest.Customer] = []
        var files: [EmittedFile] = []
        var first: BuildManifest?
        var top: [EmittedFile] = []  // the nginx server block, the same in every shard (one pbxc.yaml): the first's
        for shard in shards {
            guard let manifest = BuildManifest.read(url(shard)) else {
                throw UsageError(description: "\(shard) is not the output of a pbxc build (no readable manifest.json)")
            }
            if let first, first.pbxcVersion != manifest.pbxcVersion || first.buildYear != manifest.buildYear
                || first.repositoryDigest != manifest.repositoryDigest {
                throw UsageError(description: "\(shard) comes from another pbxc, year or pbxc.yaml than \(shards[0])")
            }
            if first == nil, let server = manifest.files.first(where: { $0.path == NginxServerEmitter.path }) {
                guard let data = try? Data(contentsOf: url(shard).appendingPathComponent(server.path)),
                      ContentDigest.sha256(data) == server.sha256 else {
                    throw UsageError(description: "\(shard)/\(server.path) is missing or not what its manifest says")
                }
                top.append(EmittedFile(path: server.path, contents: data))
            }
            first = first ?? manifest
            for customer in manifest.customers {
                if customers.contains(where: { $0.id == customer.id }) {
                    throw UsageError(description: "customer `\(customer.id)` is in more than one shard")
                }
                customers.append(customer)
            }
            for file in manifest.files where manifest.customers.contains(where: { file.belongs(to: $0.id) }) {
                guard let data = try? Data(contentsOf: url(shard).appendingPathComponent(file.path)),
                      ContentDigest.sha256(data) == file.sha256 else {
                    throw UsageError(description: "\(shard)/\(file.path) is missing or not what its manifest says")
                }
                files.append(EmittedFile(path: file.path, contents: data))
            }
        }
        guard let first else { throw UsageError(description: "name at least one shard") }
        let index = RepositoryIndexEmitter.emit(customers.map {
            RepositoryIndexEmitter.Entry(id: $0.id, name: $0.name, warnings: $0.warnings, errors: $0.errors ?? 0,
                                         porting: $0.porting ?? [], orders: $0.orders ?? [])
        }, partner: first.partner, built: first.buildDate)
        let manifest = try ManifestEmitter.emit(BuildManifest(
            pbxcVersion: first.pbxcVersion, buildYear: first.buildYear, repositoryDigest: first.repositoryDigest,
            customers: customers, files: (files + top).map(BuildManifest.File.init) + [BuildManifest.File(index)],
            partner: first.partner, buildDate: first.buildDate))
        do {
            try OutputTree.write(files + top + [index, manifest], to: url(output),
                                 privatePaths: Set(files.map(BuildManifest.File.init).filter(\.isPrivate).map(\.path)))
        } catch {
            console.err("pbxc: error: \(error)\n")
            throw ExitCode(2)
        }
        console.err("pbxc: merged \(shards.count) shard\(shards.count == 1 ? "" : "s"): \(customers.count) customers in \(output)\n")
    }
}
