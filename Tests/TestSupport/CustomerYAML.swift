import Compiler
import Diagnostics
import Foundation
import Parser
import Validator

/// One customer written as YAML, compiled when it checks without errors.
public func compile(_ yaml: String, year: Int = 2026) -> (diagnostics: [Diagnostic], compiled: CompiledCustomer?) {
    let (diagnostics, output) = CustomerChecker.check(text: yaml, path: "test.yaml", repository: testRepository) {
        RoutingCompiler.compile($0.checked, year: year)
    }
    return (diagnostics, output)
}

/// The pbxc.yaml of customers checked alone in tests: a platform for their phones
/// (`boot-chain-setting`), nothing else.
public let testRepository: RepositoryConfig = {
    let nowhere = SourceLocation(file: FileID(raw: 0), line: 0, column: 0, offset: 0)
    var repository = RepositoryConfig()
    repository.platform = RepositoryConfig.Platform(sipDomain: LString("sip.example.net", at: nowhere),
                                                    provisioningURL: LString("https://prov.example.net/", at: nowhere))
    return repository
}()

/// A minimal valid customer with `body` appended (company number +31887654000,
/// numbers +31887654000–09, office hours mon–fri 08:30–17:30).
public func customer(_ body: String, company: String = #"company: { number: "+31887654000", unassigned_numbers: voicemail }"#,
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

/// A local time in `zone`, for traces.
public func at(_ text: String, zone: String = "Europe/Amsterdam") throws -> LocalDateTime {
    try LocalDateTime.parse(text, zone: zone)
}

/// A desk phone entry with a distinct MAC.
public func phone(_ n: Int) -> String {
    #"{ model: yealink-t54w, mac: "80:5E:C0:12:34:\#(n < 10 ? "0" : "")\#(n)", password: generate }"#
}
