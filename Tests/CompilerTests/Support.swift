import Compiler
import Diagnostics
import Foundation
import Parser
import Validator

/// The package's root folder (tests run from anywhere).
let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The example repository compiled (build year 2026), by customer id.
func compiledExamples(year: Int = 2026) throws -> [String: CompiledCustomer] {
    let layout = try RepositoryLayout.discover(paths: ["examples"], currentDirectory: packageRoot)
    let (result, outputs) = RepositoryChecker(layout: layout, jobs: 2).run { RoutingCompiler.compile($0, year: year) }
    precondition(!result.diagnostics.contains { $0.severity == .error }, "the examples must check clean")
    var byID: [String: CompiledCustomer] = [:]
    for case let compiled? in outputs { byID[compiled.routing.customer.id] = compiled }
    return byID
}

/// One customer written as YAML, compiled when it checks without errors.
func compile(_ yaml: String, year: Int = 2026) -> (diagnostics: [Diagnostic], compiled: CompiledCustomer?) {
    let (diagnostics, output) = RepositoryChecker.check(text: yaml, path: "test.yaml") { RoutingCompiler.compile($0, year: year) }
    return (diagnostics, output)
}

/// A minimal valid customer with `body` appended (company number +31887654000,
/// numbers +31887654000–09, office hours mon–fri 08:30–17:30).
func customer(_ body: String, company: String = #"company: { number: "+31887654000", unassigned_numbers: voicemail }"#,
              schedules: String = """
              schedules:
                office-hours: { hours: { mon-fri: "08:30-17:30" } }
                closed-days: { holidays: NL }
              """) -> String {
    """
    version: 1
    customer: { id: test, name: Test B.V., country: NL, timezone: Europe/Amsterdam, language: nl }
    numbers: ["+31 88 765 4000 - +31 88 765 4009"]
    \(company)
    \(schedules)
    \(body)
    """
}

func at(_ text: String, zone: String = "Europe/Amsterdam") throws -> LocalDateTime {
    try LocalDateTime.parse(text, zone: zone)
}

/// A desk phone entry with a distinct MAC.
func phone(_ n: Int) -> String {
    #"{ model: yealink-t54w, mac: "80:5E:C0:12:34:\#(n < 10 ? "0" : "")\#(n)", password: generate }"#
}
