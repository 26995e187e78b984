import ArgumentParser
import Build
import Domain
import Foundation
import Parser
import Validator

/// What `check` and `build` share about running over many customers: parallel jobs,
/// a shard of a CI matrix, progress on long runs, and `--quiet`.
struct RunOptions: ParsableArguments {
    @Option(help: "Customers handled in parallel (default: the number of cores).")
    var jobs: Int?

    @Option(help: ArgumentHelp("Only shard i of n (1-based, e.g. 2/4): n CI jobs with 1/n … n/n cover every customer exactly once.",
                               valueName: "i/n"))
    var shard: String?

    @Flag(help: "Print errors only: no warnings, no summary, no progress.")
    var quiet = false

    var jobCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, parsedShard(shard) == nil { throw ValidationError("--shard takes i/n with 1 ≤ i ≤ n, e.g. 2/4") }
    }

    func parsedShard(_ text: String) -> (index: Int, count: Int)? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(i) else { return nil }
        return (i, n)
    }

    /// The repository and the customers this run covers (its shard, when given).
    func layout(_ paths: [String], console: Console) throws -> RepositoryLayout {
        var layout: RepositoryLayout
        do {
            layout = try RepositoryLayout.discover(paths: paths, currentDirectory: console.currentDirectory)
        } catch {
            throw UsageError(description: "\(error)")
        }
        if let shard, let (i, n) = parsedShard(shard) {
            layout.customers = layout.customers.filter { Self.shard(of: $0.path, count: n) == i }
        }
        return layout
    }

    /// The shard (1…n) of a customer: FNV-1a of its path, so it never changes while the
    /// customer stays where it is, and does not depend on the other customers.
    static func shard(of path: String, count: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(hash % UInt64(count)) + 1
    }

    /// The checker of `layout`, reporting progress through `progress` unless quiet.
    func checker(_ layout: RepositoryLayout, progress: ProgressReport?) -> RepositoryChecker {
        var checker = RepositoryChecker(layout: layout, jobs: jobCount)
        if let progress {
            checker.progress = { done, total in progress.report(done: done, total: total) }
        }
        return checker
    }

    /// The progress report of this run; nil with `--quiet`.
    func progress(_ console: Console) -> ProgressReport? {
        quiet ? nil : ProgressReport(console: console)
    }
}
