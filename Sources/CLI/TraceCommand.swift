import ArgumentParser
import Build
import Compiler
import Diagnostics
import Domain
import Emitters
import Foundation
import Parser
import Validator

/// `pbxc trace CUSTOMER NUMBER`: one simulated inbound call, step by step.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Simulate one inbound call: where it goes, and why.",
        discussion: """
        NUMBER is a number the customer holds (E.164 or national format) or an extension (an internal \
        call). The trace assumes nobody answers, so it shows every fallback down to where the call ends. \
        It runs on the same routing table as routing.json.

        Examples:
          pbxc trace acme +31887654000
              a call to acme's main number, now
          pbxc trace acme 201
              an internal call to extension 201
          pbxc trace acme +31887654000 --at "2026-12-25 10:00" --keys 1
              on Christmas, pressing 1
          pbxc trace acme +31887654001 --from 0612345678
              from a caller a block may refuse (or --from anonymous: a withheld number)
          pbxc trace acme +31887654000 --night on
              with night mode switched on by hand (the night-mode feature code)
        """)

    @Argument(help: "The customer id.")
    var customer: String

    @Argument(help: "The number called, or an extension.")
    var number: String

    @Option(help: ArgumentHelp(
        "When the call is made: local time of the customer, YYYY-MM-DD HH:MM (default: now); with Z or an offset (+01:00) an instant.",
        valueName: "time"))
    var at: String?

    @Option(help: ArgumentHelp("The keys the caller presses in menus, in order (0-9 * #).", valueName: "digits"))
    var keys: String = ""

    @Option(help: ArgumentHelp(
        "Who calls: a number (E.164 or national) or `anonymous` (a withheld number); blocks look at it. Default: a number no block names.",
        valueName: "number"))
    var from: String?

    enum NightSwitch: String, ExpressibleByArgument, CaseIterable { case on, off }

    @Option(help: ArgumentHelp(
        "The manual night-mode switch (the feature code): on forces company night mode on; off (default) leaves the configured mode.",
        valueName: "on|off"))
    var night: NightSwitch = .off

    @Option(name: .customLong("repository"), help: ArgumentHelp("The repository (default: the one around the current folder).", valueName: "path"))
    var repository: String?

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "text (for people) or json (for tools).")
    var format: Format = .text

    func validate() throws {
        if let bad = keys.first(where: { !"0123456789*#".contains($0) }) {
            throw ValidationError("--keys takes 0-9, * and #; `\(bad)` is not a key")
        }
    }

    func run() throws {
        let console = Console.current
        let layout: RepositoryLayout
        do {
            // No path: the repository found upwards from the current folder, as `check` finds it.
            layout = try RepositoryLayout.discover(paths: repository.map { [$0] } ?? [], currentDirectory: console.currentDirectory)
        } catch {
            throw UsageError(description: "\(error)")
        }
        let wanted = customer
        // The customer's own folder or file when it is named after its id; else all of them.
        var narrowed = layout
        narrowed.customers = layout.customers.filter { Self.name(of: $0.path) == wanted }
        if narrowed.customers.isEmpty { narrowed = layout }
        let (result, outputs) = RepositoryChecker(layout: narrowed).run { context -> RoutingTable? in
            context.customer.id == wanted ? RoutingCompiler.compile(context.checked, year: 0).routing : nil
        }
        let mine = result.diagnostics.filter { $0.location.path.hasPrefix(Self.folder(of: narrowed, id: wanted)) }
        guard let table = outputs.compactMap({ $0 ?? nil }).first else {
            if mine.contains(where: { $0.severity == .error }) || result.diagnostics.contains(where: { $0.severity == .error }) {
                let options = try DiagnosticOptions.parse(["--format", format == .json ? "json" : "text"])
                _ = options.report(result.diagnostics, files: result.files, customers: result.customers,
                                   root: layout.root, secrets: result.secrets, console: console)
                console.err("pbxc: customer `\(wanted)` has errors (or is not there): fix them to trace its calls\n")
                throw ExitCode(1)
            }
            throw UsageError(description: "no customer `\(wanted)` in \(layout.root.path)")
        }
        let dialled = try normalise(number, table: table)
        let when: LocalDateTime
        if let at {
            do { when = try LocalDateTime.parse(at, zone: table.customer.timezone) } catch {
                throw ValidationError("--at: \(error)")
            }
        } else {
            guard let now = LocalDateTime(instant: Date(), zone: table.customer.timezone) else {
                throw UsageError(description: "the customer's time zone `\(table.customer.timezone)` is unknown")
            }
            when = now
        }
        let caller: Caller
        switch from {
        case nil: caller = .unknown
        case "anonymous"?: caller = .anonymous
        case let number?:
            switch PhoneNumbers.parse(number, country: table.customer.country) {
            case .success(let phone): caller = .number(phone.e164)
            case .failure(let problem):
                throw UsageError(description: "--from: " + problem.message(number, country: table.customer.country))
            }
        }
        if night == .on, table.nightMode.featureCode == nil {
            throw UsageError(description: "--night on: customer `\(wanted)` has no night-mode feature code (`company.night_mode.feature_code`), so night mode cannot be switched by hand")
        }
        let trace = CallSimulator(table: table).trace(dialled, at: when, keys: keys, from: caller, nightSwitch: night == .on)
        switch format {
        case .json: console.out(String(decoding: try RoutingJSONEmitter.encode(trace), as: UTF8.self))
        case .text: console.out(Self.render(trace))
        }
    }

    /// An extension stays as written; a number becomes E.164 in the customer's country.
    private func normalise(_ text: String, table: RoutingTable) throws -> String {
        let compact = text.filter { $0 != " " }
        if (2...4).contains(compact.count), compact.allSatisfy(\.isNumber) { return compact }
        switch PhoneNumbers.parse(text, country: table.customer.country) {
        case .success(let phone): return phone.e164
        case .failure(let problem):
            throw UsageError(description: problem.message(text, country: table.customer.country))
        }
    }

    static func name(of path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        for suffix in [".yaml", ".yml"] where last.hasSuffix(suffix) { return String(last.dropLast(suffix.count)) }
        return last
    }

    static func folder(of layout: RepositoryLayout, id: String) -> String {
        layout.customers.first { name(of: $0.path) == id }?.path ?? ""
    }

    static func render(_ trace: CallTrace) -> String {
        var text = "Call to \(trace.number) (\(trace.customer)) on \(trace.weekday) \(trace.at) \(trace.timezone)"
        text += trace.from.map { " from \($0)" } ?? ""
        text += trace.nightSwitch == true ? ", night mode switched on by hand" : ""
        text += trace.keys.isEmpty ? ", no keys pressed\n" : ", keys \(trace.keys)\n"
        for (i, step) in trace.steps.enumerated() {
            text += "\(String(repeating: " ", count: i + 1 < 10 ? 2 : 1))\(i + 1). \(step.detail)\n"
        }
        text += "Ends at: \(trace.outcome)\n"
        return text
    }
}
