import ArgumentParser
import Build
import Compiler
import Diagnostics
import Domain
import Emitters
import Foundation
import Parser
import Validator

/// `pbxc diff OLD [NEW]`: what a change does to calls, and the life cycles it must keep.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two revisions, in routing terms; checks the order and porting life cycles.",
        discussion: """
        OLD and NEW are folders or git revisions of the repository in the current folder (HEAD~1, a \
        branch), read with git itself; NEW defaults to the working tree. Exit 1 when a life-cycle rule \
        (order-transition, order-changed-after-signing, porting-transition, \
        porting-changed-while-requested) is broken, or when NEW has errors (its customers with errors, \
        on either side, are named and not compared). No secret is ever shown.

        Examples:
          pbxc diff HEAD~1
              the working tree against the last commit
          pbxc diff origin/main HEAD --format markdown
              for a merge request comment
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Argument(help: "The old revision: a folder or a git revision.")
    var old: String

    @Argument(help: "The new revision (default: the working tree).")
    var new: String = "."

    @Option(help: "text, json, or markdown (for a merge-request comment, with the changed call flow).")
    var format: Format = .text

    @OptionGroup var today: TodayOption

    /// One customer of a revision: compiled when it checks clean, and its life-cycle snapshot.
    struct Side: Sendable {
        var id: String
        var compiled: CompiledCustomer
        var snapshot: LifecycleSnapshot
    }

    func run() throws {
        let console = Console.current
        let here = (try? RepositoryLayout.discover(paths: [], currentDirectory: console.currentDirectory).root)
            ?? console.currentDirectory
        let oldSource = try RevisionSource.resolve(old, directory: console.currentDirectory, repositoryRoot: here)
        defer { oldSource.remove() }
        let newSource = try RevisionSource.resolve(new, directory: console.currentDirectory, repositoryRoot: here)
        defer { newSource.remove() }
        let year = today.date.year

        let (_, oldSides, oldIDs, oldBroken) = try load(oldSource.root) { context in
            Side(id: context.customer.id ?? "", compiled: RoutingCompiler.compile(context.checked, year: year),
                 snapshot: LifecycleSnapshot(context.customer))
        }
        let snapshots = Dictionary(oldSides.map { ($0.id, $0.snapshot) }, uniquingKeysWith: { a, _ in a })
        let (result, newSides, newIDs, newBroken) = try load(newSource.root) { context in
            if let before = snapshots[context.customer.id ?? ""] { RuleRegistry.checkLifecycles(context, old: before) }
            return Side(id: context.customer.id ?? "", compiled: RoutingCompiler.compile(context.checked, year: year),
                        snapshot: LifecycleSnapshot(context.customer))
        }

        let before = Dictionary(oldSides.map { ($0.id, $0.compiled) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(newSides.map { ($0.id, $0.compiled) }, uniquingKeysWith: { a, _ in a })
        // A customer with errors on either side is not compared: it would show as removed or
        // added. Named by its id, or — when its file is too broken to tell — by the old one's.
        let broken = Set(oldBroken.union(newBroken).map { newIDs[$0] ?? oldIDs[$0] ?? $0 })
        let diffs = Set(before.keys).union(after.keys).subtracting(broken).sorted()
            .map { RoutingDiff(customer: $0, old: before[$0], new: after[$0], year: year) }

        // The new revision's errors and every life-cycle finding belong in the report itself
        // (a merge-request comment that hid them would read as "all clear").
        let isLifecycle = { (d: Diagnostic) in RuleRegistry.diffRuleIDs.contains(d.rule) }
        let lifecycle = result.diagnostics.filter(isLifecycle)
        let errors = result.diagnostics.filter { $0.severity == .error && !isLifecycle($0) }
        let report = DiffReport(diffs: diffs, notCompared: Array(broken), problems: errors + lifecycle)
        switch format {
        case .text: console.out(DiffRenderer.text(report))
        case .json: console.out(try DiffRenderer.json(report))
        case .markdown:
            console.out(DiffRenderer.markdown(report, old: before.mapValues(\.routing), new: after.mapValues(\.routing)))
        }
        // For a document meant for a tool or a comment, the CI log still shows why it failed.
        if format != .text, !(errors + lifecycle).isEmpty || !broken.isEmpty {
            if !broken.isEmpty {
                console.err("pbxc: not compared, because of errors (run pbxc check): \(broken.sorted().joined(separator: ", "))\n")
            }
            let renderer = TextRenderer(color: console.useColor, sources: FileSourceLines.config(root: newSource.root, secrets: result.secrets))
            console.err(renderer.render((errors + lifecycle).sortedAndUnique()))
        }
        // A broken life cycle, or a new revision that does not check, fails the diff.
        if !lifecycle.isEmpty || !errors.isEmpty { throw ExitCode(1) }
    }

    /// Checks and compiles every customer of a revision: the clean ones' sides, each
    /// customer's id by source path, and the source paths of customers with errors (not
    /// compared: they would look removed).
    private func load(_ root: URL, _ body: @escaping @Sendable (CustomerContext) -> Side) throws
        -> (RepositoryChecker.Result, [Side], ids: [String: String], broken: Set<String>) {
        let layout: RepositoryLayout
        do { layout = try RepositoryLayout.discover(paths: [root.path], currentDirectory: root) } catch {
            throw UsageError(description: "\(error)")
        }
        var checker = RepositoryChecker(layout: layout)
        checker.today = today.date
        let run = checker.run(reusing: { _ in nil }, then: body)
        var ids: [String: String] = [:], broken = Set<String>()
        for (index, source) in layout.customers.enumerated() {
            if let id = run.checks[index].facts.id?.value { ids[source.path] = id }
            if run.outputs[index] == nil { broken.insert(source.path) }
        }
        return (run.result, run.outputs.compactMap { $0 }, ids, broken)
    }
}
