import Diagnostics
import Parser
import Validator
import TestSupport
import XCTest

/// Values that would act on a terminal or a document are refused, and diagnostics
/// show them escaped.
final class HostileTextRuleTests: XCTestCase {
    func check(_ yaml: String) -> [Diagnostic] {
        CustomerChecker.check(text: yaml, path: "c.yaml", repository: RuleRegistry.exampleRepository)
    }

    func customer(_ body: String) -> String {
        """
        customer: { id: acme, name: Acme B.V., country: NL }
        numbers: ["+31 88 765 4000 - +31 88 765 4009"]
        company: { number: "+31887654000", unassigned_numbers: voicemail }
        \(body)
        """
    }

    func testEmailWithAnEscapeSequenceIsRefusedAndShownEscaped() {
        for email in [#"jan\e[2J@acme.example"#, #"jan@acme.example\e]8;;https://evil\a"#, #"jan\u0085@acme.example"#, #"jan\x7F@acme.example"#] {
            let diagnostics = check(customer(#"users: [{ id: jan, name: Jan, extension: "201", email: "\#(email)" }]"#))
            let hits = diagnostics.filter { $0.rule == "email-format" }
            XCTAssertEqual(hits.count, 1, "\(email): \(diagnostics.map(\.message))")
            XCTAssertFalse(hits.first?.message.unicodeScalars.contains(where: MessageText.isHidden) ?? true, email)
        }
        XCTAssertEqual(check(customer(#"users: [{ id: jan, name: Jan, extension: "201", email: jan@acme.example }]"#)), [])
    }

    func testEveryKindOfIdFollowsTheGrammar() {
        let cases: [(String, Int)] = [
            (#"schedules: { "office hours": { hours: { mon-fri: "08:30-17:30" } } }"#, 4),
            (#"schedules: { "${SHELL(id)}": { hours: { mon-fri: "08:30-17:30" } } }"#, 4),
            (#"users: [{ id: "jan\n[x]", name: Jan, extension: "201" }]"#, 4),
            (#"users: [{ id: "\#(String(repeating: "j", count: 41))", name: Jan, extension: "201" }]"#, 4),
            (#"porting: [{ id: "Port 1", numbers: ["+31887654000"] }]"#, 4),
            (#"orders: [{ id: "../x", lines: [{ product: connection-fee }] }]"#, 4),
        ]
        for (body, line) in cases {
            let diagnostics = check(customer(body))
            let hits = diagnostics.filter { $0.rule == "id-format" }
            let lines: [Int] = hits.map { Int($0.location.line) }
            XCTAssertEqual(lines, [line], "\(body): \(diagnostics.map(\.message))")
            XCTAssertFalse(hits.first?.message.contains("\n") ?? true, body)
        }
        let long = String(repeating: "a", count: 25)
        let diagnostics = check(customer("").replacingOccurrences(of: "id: acme", with: "id: \(long)"))
        XCTAssertEqual(diagnostics.filter { $0.rule == "id-format" }.count, 1, "\(diagnostics.map(\.message))")
    }

    /// Words a rule does not know are shown back in its message: escaped, so an escape
    /// sequence in a holiday name or a feature code cannot act on the terminal.
    func testUnknownWordsAreShownEscaped() {
        let cases: [(String, String, String)] = [
            ("holiday-name", #"schedules: { closed: { holidays: { calendar: NL, drop: ["Kerst\e[2J"] } } }"#, ""),
            ("holiday-name", #"schedules: { closed: { holidays: { calendar: NL, add: ["Oud\njaar"] } } }"#, ""),
            ("night-mode-code", "", #"company: { number: "+31887654000", unassigned_numbers: voicemail, night_mode: { mode: off, feature_code: "*2\e[8" } }"#),
        ]
        for (rule, body, company) in cases {
            var yaml = customer(body)
            if !company.isEmpty {
                yaml = yaml.replacingOccurrences(of: #"company: { number: "+31887654000", unassigned_numbers: voicemail }"#, with: company)
            }
            let hits = check(yaml).filter { $0.rule == rule }
            XCTAssertEqual(hits.count, 1, "\(rule): \(check(yaml).map(\.message))")
            XCTAssertFalse(hits.first?.message.unicodeScalars.contains(where: MessageText.isHidden) ?? true, "\(rule): \(hits.map(\.message))")
        }
    }
}
