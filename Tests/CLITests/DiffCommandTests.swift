import Domain
import Foundation
import TestSupport
import Validator
import XCTest

/// `pbxc diff`: routing changes in words, between folders and git revisions, and the
/// life-cycle rules (their bad and good examples run here, as two revisions).
final class DiffCommandTests: XCTestCase {
    static let catalog = """
    version: 1
    catalog:
      - { code: connection-fee, name: Aansluitkosten, one_off: 25.00 }
      - { code: flex-telephony-standard, name: FlexTelephony Standard, monthly: 6.00, term_months: 12 }
      - { code: fixed-mobile-account, name: Fixed-Mobile Account, monthly: 2.50 }
    """

    func repository(_ customer: String, in folder: URL) throws -> URL {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("customers"), withIntermediateDirectories: true)
        try Self.catalog.write(to: folder.appendingPathComponent("pbxc.yaml"), atomically: true, encoding: .utf8)
        try customer.write(to: folder.appendingPathComponent("customers/c.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    func testLifecycleRuleExamples() throws {
        for id in RuleRegistry.diffRuleIDs.sorted() {
            let rule = try XCTUnwrap(RuleRegistry.rule(id))
            for (examples, bad) in [(rule.bad, true), (rule.good, false)] {
                for example in examples {
                    let parts = example.components(separatedBy: "\n\(RuleRegistry.revisionSeparator)\n")
                    XCTAssertEqual(parts.count, 2, id)
                    let marker = parts[1].firstIndex(of: "↓")
                    let folder = try temporaryFolder(self)
                    let old = try repository(parts[0], in: folder.appendingPathComponent("old"))
                    let new = try repository(parts[1].replacingOccurrences(of: "↓", with: ""), in: folder.appendingPathComponent("new"))
                    let run = pbxc(["diff", old.path, new.path, "--today", "2026-11-21"])
                    if bad {
                        let m = try XCTUnwrap(marker, "\(id): no marker")
                        let before = parts[1][..<m]
                        let line = before.filter { $0 == "\n" }.count + 1
                        let column = before.split(separator: "\n", omittingEmptySubsequences: false).last!.unicodeScalars.count + 1
                        XCTAssertEqual(run.status, 1, "\(id): \(run.err)")
                        XCTAssertTrue(run.out.contains("customers/c.yaml:\(line):\(column): error[\(id)]"), "\(id): \(run.out)")
                    } else {
                        XCTAssertEqual(run.status, 0, "\(id) good: \(run.err)")
                    }
                }
            }
        }
    }

    /// Two commits of the example repository in a git repository of its own.
    /// Regression: a customer whose new file does not check (here: not even UTF-8) was
    /// shown as "removed" and the diff exited 0.
    func testACustomerWithErrorsIsNamedNotShownRemoved() throws {
        let folder = try temporaryFolder(self)
        let new = folder.appendingPathComponent("new")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("examples"), to: new)
        try Data([0x76, 0x65, 0xff, 0xfe, 0x0a]).write(to: new.appendingPathComponent("customers/bakkerij-jansen.yaml"))
        let run = pbxc(["diff", packageRoot.appendingPathComponent("examples").path, new.path])
        XCTAssertEqual(run.status, 1, run.err)
        XCTAssertFalse(run.out.contains("removed"), run.out)
        XCTAssertTrue(run.out.contains("not compared, because of errors (run pbxc check): bakkerij-jansen"), run.out)
    }

    /// The example repository as a git repository with one commit; `edit` changes the
    /// working tree, which `pbxc diff HEAD` compares with that commit.
    func examplesRepository() throws -> URL {
        let repo = try temporaryFolder(self).appendingPathComponent("partner")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("examples"), to: repo)
        try git("init", "-q", in: repo)
        try git("add", ".", in: repo)
        try git("commit", "-q", "-m", "first", in: repo)
        return repo
    }

    func edit(_ repo: URL, _ path: String, _ old: String, _ new: String) throws {
        let file = repo.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "\(path) lacks \(old)")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    func diff(_ repo: URL, _ format: String = "text") -> Run {
        pbxc(["diff", "HEAD", "--today", "2026-11-21", "--format", format], in: repo)
    }

    /// Regression: a lunch break on Fridays said "no routing changes".
    func testFridayHoursAreSaidAsCallsAtThoseHours() throws {
        let repo = try examplesRepository()
        try edit(repo, "customers/acme/customer.yaml", "      mon-fri: \"08:30-17:30\"",
                 "      mon-thu: \"08:30-17:30\"\n      fri: \"08:30-12:30, 13:30-17:30\"")
        let run = diff(repo)
        XCTAssertEqual(run.status, 0, run.err)
        // Numbers entering the menu, and numbers entering a user or group, that change alike: one line each.
        XCTAssertTrue(run.out.contains("""
              calls to +31854879610, +31887654000 – +31887654010, +31887654012 – +31887654019, +31887654021 – +31887654099 \
            on Fridays 12:30–13:30 now reach company voicemail (night mode), were the open menu\n
            """), run.out)
        XCTAssertTrue(run.out.contains("  calls to +31887654011, +31887654020 on Fridays 12:30–13:30 now reach company voicemail (night mode), were put through\n"), run.out)
        // Entities reached only through keys: one line for those that change alike.
        XCTAssertTrue(run.out.contains("  calls that reach hunt group Verkoop, Jan de Vries (201), Piet Bakker (202), Receptie (209) on Fridays 12:30–13:30 now reach company voicemail (night mode), were put through\n"), run.out)
        XCTAssertEqual(run.out.split(separator: "\n").count, 4, run.out)
        XCTAssertFalse(run.out.contains("no routing changes"))
        XCTAssertEqual(diff(repo).out, run.out, "deterministic")
    }

    func testAClosingDayIsSaidWithItsDateAndHours() throws {
        let repo = try examplesRepository()
        try edit(repo, "customers/acme/customer.yaml", "dates: [\"2026-12-24\", \"2026-12-31\"]", "dates: [\"2026-05-15\", \"2026-12-24\", \"2026-12-31\"]")
        let run = diff(repo)
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertTrue(run.out.contains("+31887654021 – +31887654099 on closing day 2026-05-15 08:30–17:30 now reach company voicemail (night mode), were the open menu\n"), run.out)
        XCTAssertFalse(run.out.contains("Fridays"), "the reference week is unchanged: \(run.out)")
    }

    func testNightModeSwitchedOffIsSaidAsWhereCallsGoAfterHours() throws {
        let repo = try examplesRepository()
        try edit(repo, "customers/acme/customer.yaml", "    mode: auto\n", "    mode: \"off\"\n")
        let run = diff(repo)
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertTrue(run.out.contains("""
            on Mondays to Fridays 00:00–08:30, 17:30–24:00 and Saturdays and Sundays all day and on every closing day of 2026 all day \
            now reach the closed menu (to company voicemail), were company voicemail (night mode)\n
            """), run.out)
        XCTAssertTrue(run.out.contains("""
              calls to +31887654011, +31887654020 on Mondays to Fridays 00:00–08:30, 17:30–24:00 and Saturdays and Sundays all day \
            and on every closing day of 2026 all day are now put through, were sent to company voicemail (night mode)\n
            """), run.out)
    }

    func testOrderAndPortingFieldsAndStatus() throws {
        let repo = try examplesRepository()
        try edit(repo, "customers/acme/orders.yaml", "product: flex-telephony-standard, quantity: 10", "product: flex-telephony-standard, quantity: 12")
        try edit(repo, "customers/acme/porting.yaml", "status: draft", "status: cancelled")
        let run = diff(repo)
        XCTAssertEqual(run.status, 0, run.err)
        for line in ["order co941-4031: lines[flex-telephony-standard].quantity 10 → 12",
                     "order co941-4031: totals.monthly 70.00 → 82.00",
                     "porting port-2026-001: status draft → cancelled"] {
            XCTAssertTrue(run.out.contains("  \(line)\n"), "\(line) in \(run.out)")
        }
        // The line amount and VAT follow from the quantity and the totals: not said again.
        XCTAssertEqual(run.out.split(separator: "\n").count, 4, run.out)
        XCTAssertFalse(run.out.contains("no routing changes"))
    }

    /// "extension 205 added" and "Noor (205) added" say the same thing: once.
    func testAUserAddedWithAnExtensionIsOneLine() throws {
        let repo = try examplesRepository()
        try edit(repo, "customers/acme/users.yaml", "  - id: jan\n", "  - { id: noor, name: Noor, extension: \"205\" }\n  - id: jan\n")
        let run = diff(repo)
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(run.out, "acme:\n  Noor (205) added\n")
        try edit(repo, "customers/acme/users.yaml", "extension: \"205\" }", "extension: \"206\" }")
        try git("commit", "-q", "-am", "noor", in: repo)
        try edit(repo, "customers/acme/users.yaml", "extension: \"206\" }", "extension: \"207\" }")
        XCTAssertEqual(diff(repo).out, "acme:\n  Noor (207): extension 206 → 207\n")
    }

    /// The new revision's errors are in every format, not only on standard error; the
    /// Markdown never says "No routing changes." then.
    func testErrorsOfTheNewRevisionAreInEveryFormat() throws {
        let repo = try examplesRepository()
        try edit(repo, "customers/acme/porting.yaml", "status: draft", "status: requested")
        try git("commit", "-q", "-am", "requested", in: repo)
        try edit(repo, "customers/acme/porting.yaml", "status: requested", "status: cancelled")
        try edit(repo, "customers/bakkerij-jansen.yaml", "name: ", "name: [")
        let problem = "customers/acme/porting.yaml:21:13: error[porting-transition]: porting request `port-2026-001` cannot go from `requested` to `cancelled`"
        let text = diff(repo)
        XCTAssertEqual(text.status, 1)
        XCTAssertTrue(text.out.contains(problem), text.out)
        XCTAssertTrue(text.out.contains("not compared, because of errors (run pbxc check): bakkerij-jansen"), text.out)

        let markdown = diff(repo, "markdown")
        XCTAssertEqual(markdown.status, 1)
        XCTAssertFalse(markdown.out.contains("No routing changes"), markdown.out)
        XCTAssertTrue(markdown.out.contains("### Errors in the new revision"), markdown.out)
        XCTAssertTrue(markdown.err.contains("error[porting-transition]"), "and in the CI log: \(markdown.err)")

        let json = diff(repo, "json")
        XCTAssertEqual(json.status, 1)
        let document = folderFile(json.out)
        let schema = packageRoot.appendingPathComponent("docs/schemas/diff.schema.json").path
        let valid = try tool(["check-jsonschema", "--schemafile", schema, document.path])
        XCTAssertEqual(valid.status, 0, valid.out)
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let problems = try XCTUnwrap(parsed["problems"] as? [[String: Any]])
        XCTAssertTrue(problems.contains { $0["rule"] as? String == "porting-transition" && $0["line"] as? Int == 21 }, json.out)
        XCTAssertTrue(problems.contains { ($0["file"] as? String) == "customers/bakkerij-jansen.yaml" }, json.out)
        XCTAssertEqual(parsed["notCompared"] as? [String], ["bakkerij-jansen"])
        // The schema refuses what is not a diff document.
        let spoilt = folderFile(json.out.replacingOccurrences(of: "\"formatVersion\": 1", with: "\"formatVersion\": 2"))
        XCTAssertNotEqual(try tool(["check-jsonschema", "--schemafile", schema, spoilt.path]).status, 0)
    }

    /// The comment through GitHub's own CommonMark parser (cmark-gfm): the blocks we
    /// mean and nothing else (no link, image or HTML from a name), the diagram one
    /// `mermaid` code block with the changed nodes marked.
    func testMarkdownParsesAsCommonMarkWithTheDiagramMarked() throws {
        let repo = try examplesRepository()
        try edit(repo, "customers/acme/routing.yaml", "\"1\": sales", "\"1\": support")
        try edit(repo, "customers/acme/users.yaml", "  - id: jan\n", "  - { id: noor, name: \"Noor <b>[x](y)</b>\", extension: \"205\", number: \"+31 88 765 4050\" }\n  - id: jan\n")
        let markdown = diff(repo, "markdown")
        XCTAssertEqual(markdown.status, 0, markdown.err)
        let xml = try tool(["sh", "-c", "cmark-gfm -t xml \(folderFile(markdown.out).path)"])
        XCTAssertEqual(xml.status, 0, xml.out)
        func count(_ element: String) -> Int { xml.out.components(separatedBy: "<\(element)").count - 1 }
        XCTAssertEqual(count("heading level=\"2\""), 1, xml.out)
        XCTAssertEqual(count("heading level=\"3\""), 1, xml.out)
        XCTAssertEqual(count("item"), 3, xml.out)  // number added, menu key, user added
        XCTAssertEqual(count("code_block info=\"mermaid\""), 1, xml.out)
        for element in ["link", "image", "html_inline", "html_block"] { XCTAssertEqual(count(element), 0, "\(element): \(xml.out)") }
        XCTAssertTrue(xml.out.contains("Noor &lt;b&gt;[x](y)&lt;/b&gt; (205) added"), xml.out)
        XCTAssertTrue(xml.out.contains("classDef added "), xml.out)
        XCTAssertTrue(xml.out.contains("class user__noor added"), xml.out)
        XCTAssertTrue(xml.out.contains("class menu__main,number__p31887654050 changed"), xml.out)
    }

    /// The diagram of the comment drawn by Mermaid itself (11.x, in headless Chromium,
    /// scripts/mermaid/render.py): it parses and renders, and the nodes carry their marks —
    /// an added user, the changed menu and number, and then the removed user drawn from
    /// the old flow.
    func testMermaidDiagramRendersInMermaidWithChangedNodesMarked() throws {
        let repo = try examplesRepository()
        try edit(repo, "customers/acme/routing.yaml", "\"1\": sales", "\"1\": support")
        try edit(repo, "customers/acme/users.yaml", "  - id: jan\n", "  - { id: noor, name: Noor, extension: \"205\", number: \"+31 88 765 4050\" }\n  - id: jan\n")
        func rendered(_ markdown: String) throws -> [String: [String]] {
            let body = try XCTUnwrap(markdown.components(separatedBy: "```mermaid\n").dropFirst().first?.components(separatedBy: "```\n").first)
            let run = try tool(["python3", "scripts/mermaid/render.py", folderFile(body).path])
            XCTAssertEqual(run.status, 0, run.out)
            let results = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]])
            XCTAssertEqual(results.first?["ok"] as? Bool, true, run.out)
            var classes: [String: [String]] = [:]
            for node in results.first?["nodes"] as? [[String: Any]] ?? [] {
                // Mermaid's element ids are `diagram-flowchart-<our id>-<n>`.
                let id = (node["id"] as? String ?? "").replacingOccurrences(of: #"^diagram-flowchart-|-[0-9]+$"#, with: "", options: .regularExpression)
                classes[id] = node["classes"] as? [String]
            }
            return classes
        }
        let first = diff(repo, "markdown")
        XCTAssertEqual(first.status, 0, first.err)
        let drawn = try rendered(first.out)
        XCTAssertEqual(drawn["user__noor"]?.contains("added"), true, "\(drawn)")
        XCTAssertEqual(drawn["number__p31887654050"]?.contains("changed"), true, "held before, unassigned: \(drawn)")
        XCTAssertEqual(drawn["menu__main"]?.contains("changed"), true, "\(drawn)")
        XCTAssertEqual(drawn["group__support"]?.contains("changed"), false, "an end of a changed edge, not changed itself: \(drawn)")

        try git("commit", "-q", "-am", "noor", in: repo)
        try edit(repo, "customers/acme/users.yaml", "  - { id: noor, name: Noor, extension: \"205\", number: \"+31 88 765 4050\" }\n", "")
        let second = diff(repo, "markdown")
        XCTAssertEqual(second.status, 0, second.err)
        XCTAssertTrue(second.out.contains("red, dashed: removed"), second.out)
        XCTAssertEqual(try rendered(second.out)["user__noor"]?.contains("removed"), true, second.out)
    }

    /// A lunch break at a customer of 600 users, each with a number, said in one line;
    /// the changed part of the flow is past Mermaid's 500 edges, so the comment says so
    /// instead of a block no renderer draws.
    func testALargeCustomersHoursChangeIsOneLineAndNoOversizedDiagram() throws {
        let repo = try temporaryFolder(self).appendingPathComponent("partner")
        var yaml = """
        version: 1
        customer: { id: big, name: Groot B.V., country: NL, timezone: Europe/Amsterdam, language: nl }
        numbers: ["+31 88 200 0000 - +31 88 200 0999"]
        company:
          number: "+31 88 200 0000"
          voicemail: { extension: "9999", allow_messages: false }
          night_mode: { mode: auto, office_hours: office-hours, holidays: closed-days, to: voicemail }
          unassigned_numbers: voicemail
        schedules:
          office-hours:
            hours:
              mon-fri: "08:30-17:30"
          closed-days: { holidays: NL }
        users:

        """
        for i in 1...600 {
            yaml += "  - { id: u\(i), name: User \(i), extension: \"\(2000 + i)\", number: \"+31882000\(String(format: "%03d", i))\", night_mode: follow }\n"
        }
        _ = try repository(yaml, in: repo)
        try git("init", "-q", in: repo)
        try git("add", ".", in: repo)
        try git("commit", "-q", "-m", "first", in: repo)
        try edit(repo, "customers/c.yaml", "      mon-fri: \"08:30-17:30\"", "      mon-fri: \"08:30-12:30, 13:30-17:30\"")
        let text = diff(repo)
        XCTAssertEqual(text.status, 0, text.err)
        XCTAssertEqual(text.out, "big:\n  calls to +31882000001 – +31882000600 on Mondays to Fridays 12:30–13:30 now reach company voicemail (night mode), were put through\n")
        let markdown = diff(repo, "markdown")
        XCTAssertFalse(markdown.out.contains("```mermaid"), markdown.out)
        XCTAssertTrue(markdown.out.contains("too many to draw here"), markdown.out)
    }

    /// Writes `text` to a file of its own (for a tool that reads files).
    func folderFile(_ text: String) -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pbxc-diff-\(UUID().uuidString)")
        try? text.write(to: file, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    func testDiffBetweenGitRevisions() throws {
        let folder = try temporaryFolder(self)
        let repo = folder.appendingPathComponent("partner")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("examples"), to: repo)
        try git("init", "-q", in: repo)
        try git("add", ".", in: repo)
        try git("commit", "-q", "-m", "first", in: repo)
        let routing = repo.appendingPathComponent("customers/acme/routing.yaml")
        try String(contentsOf: routing, encoding: .utf8).replacingOccurrences(of: "\"1\": sales", with: "\"1\": support")
            .write(to: routing, atomically: true, encoding: .utf8)
        let porting = repo.appendingPathComponent("customers/acme/porting.yaml")
        try git("commit", "-q", "-am", "menu key 1 to support", in: repo)

        let run = pbxc(["diff", "HEAD~1", "HEAD", "--today", "2026-11-21"], in: repo)
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(run.out, "acme:\n  menu Hoofdmenu (open) key 1: hunt group Verkoop → hunt group Support\n")

        // A porting that is `requested` cannot be cancelled.
        try String(contentsOf: porting, encoding: .utf8).replacingOccurrences(of: "status: draft", with: "status: requested")
            .write(to: porting, atomically: true, encoding: .utf8)
        try git("commit", "-q", "-am", "requested", in: repo)
        try String(contentsOf: porting, encoding: .utf8).replacingOccurrences(of: "status: requested", with: "status: cancelled")
            .write(to: porting, atomically: true, encoding: .utf8)
        let cancelled = pbxc(["diff", "HEAD", "--today", "2026-11-21"], in: repo)  // against the working tree
        XCTAssertEqual(cancelled.status, 1)
        XCTAssertTrue(cancelled.out.contains("error[porting-transition]"), cancelled.out)

        let markdown = pbxc(["diff", "HEAD~2", "HEAD~1", "--format", "markdown", "--today", "2026-11-21"], in: repo)
        XCTAssertTrue(markdown.out.contains("```mermaid"), markdown.out)
        XCTAssertEqual(pbxc(["diff", "no-such-revision"], in: repo).status, 2)
    }
}
