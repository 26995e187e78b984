import Emitters
import Foundation
import TestSupport
import XCTest

/// What `dialplan reload` would complain about, checked on every example's
/// generated files: every Goto/GotoIf/Gosub/GotoIfTime target exists, every include
/// exists, every context is reachable, no priority or label is doubled, only real
/// applications are used, and the dial strings, queues and queue members point at
/// what pjsip.conf and queues.conf define.
final class DialplanStructureTests: XCTestCase {
    /// Applications pbxc may emit (all in Asterisk 18/20 core or standard modules).
    static let applications: Set<String> = [
        "Answer", "Background", "Busy", "Dial", "Directory", "Gosub", "Goto", "GotoIf", "GotoIfTime", "Hangup",
        "NoOp", "Playback", "Queue", "Read", "Return", "Set", "VoiceMail", "VoiceMailMain", "Wait", "WaitExten",
    ]

    struct Files {
        var customer: String
        var dialplan: DialplanFile
        var pjsipSections: [String: [String: String]]
        var queues: [String: [String]]
    }

    func files() throws -> [Files] {
        try builtExamples().map { built in
            let byName = Dictionary(uniqueKeysWithValues: built.files.map { ($0.path.split(separator: "/").last.map(String.init)!, text($0)) })
            return Files(customer: built.id, dialplan: DialplanFile(byName["extensions.conf"]!),
                         pjsipSections: Self.sections(byName["pjsip.conf"]!, typeKeyed: true),
                         queues: Self.sections(byName["queues.conf"]!, typeKeyed: false).mapValues { $0["member"].map { $0.split(separator: "\n").map(String.init) } ?? [] })
        }
    }

    /// `[name]` sections of a `key = value` file; pjsip sections are keyed `name/type`.
    static func sections(_ text: String, typeKeyed: Bool) -> [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        var name: String?
        var values: [String: String] = [:]
        func flush() {
            guard let name else { return }
            let key = typeKeyed ? "\(name)/\(values["type"] ?? "?")" : name
            result[key] = values
        }
        for raw in text.split(separator: "\n") {
            let line = DialplanFile.stripComment(String(raw)).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("[") { flush(); name = String(line.dropFirst().dropLast()); values = [:]; continue }
            let separator = line.contains("=>") ? "=>" : "="
            guard let r = line.range(of: separator) else { continue }
            let key = line[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
            let value = line[r.upperBound...].trimmingCharacters(in: .whitespaces)
            values[key] = values[key].map { $0 + "\n" + value } ?? value
        }
        flush()
        return result
    }

    func testDialplansParseWithoutProblems() throws {
        for f in try files() { XCTAssertEqual(f.dialplan.problems, [], f.customer) }
    }

    func testOnlyRealApplications() throws {
        for f in try files() {
            for context in f.dialplan.contexts.values {
                for (exten, priorities) in context.extensions {
                    for p in priorities where !Self.applications.contains(p.app) {
                        XCTFail("\(f.customer): \(context.name)/\(exten) line \(p.line): unknown application \(p.app)")
                    }
                }
            }
        }
    }

    func testPrioritiesAreConsecutiveFromOne() throws {
        for f in try files() {
            for context in f.dialplan.contexts.values {
                for (exten, priorities) in context.extensions {
                    XCTAssertEqual(priorities.map(\.number), Array(1...priorities.count), "\(context.name)/\(exten)")
                }
            }
        }
    }

    /// A target `[[context,]exten,]priority` seen from `context`/`exten`: exists?
    func resolves(_ target: String, in dialplan: DialplanFile, context: String, exten: String) -> String? {
        let parts = target.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let (c, e, p): (String, String, String)
        switch parts.count {
        case 1: (c, e, p) = (context, exten, parts[0])
        case 2: (c, e, p) = (context, parts[0], parts[1])
        case 3: (c, e, p) = (parts[0], parts[1], parts[2])
        default: return "target `\(target)` has \(parts.count) parts"
        }
        guard let ctx = dialplan.contexts[c] else { return "no context `\(c)` (target `\(target)`)" }
        if e.contains("${") { return nil }  // dialled at run time; the context exists
        guard let priorities = ctx.extensions[e] else { return "no extension `\(e)` in `\(c)` (target `\(target)`)" }
        if let number = Int(p) { return priorities.contains { $0.number == number } ? nil : "no priority \(p) of \(c)/\(e)" }
        return priorities.contains { $0.label == p } ? nil : "no label `\(p)` in \(c)/\(e)"
    }

    /// The jump targets of one priority.
    static func targets(_ p: DialplanFile.Priority) -> [String] {
        switch p.app {
        case "Goto", "Gosub": return [p.args]
        case "GotoIf", "GotoIfTime": return DialplanFile.conditional(p.args)?.targets ?? []
        default: return []
        }
    }

    func testEveryJumpTargetAndIncludeExists() throws {
        for f in try files() {
            for context in f.dialplan.contexts.values {
                for include in context.includes where f.dialplan.contexts[include] == nil {
                    XCTFail("\(f.customer): \(context.name) includes missing \(include)")
                }
                for (exten, priorities) in context.extensions {
                    for p in priorities {
                        if ["GotoIf", "GotoIfTime"].contains(p.app) {
                            XCTAssertNotNil(DialplanFile.conditional(p.args), "\(context.name) line \(p.line): no `?`")
                        }
                        for target in Self.targets(p) {
                            if let problem = resolves(target, in: f.dialplan, context: context.name, exten: exten) {
                                XCTFail("\(f.customer) line \(p.line): \(problem)")
                            }
                        }
                    }
                }
            }
        }
    }

    func testEveryContextIsReachable() throws {
        for f in try files() {
            let roots = ["\(f.customer)-inbound", "\(f.customer)-phones", "\(f.customer)-members"]
            var seen = Set<String>(), queue = roots.filter { f.dialplan.contexts[$0] != nil }
            while let name = queue.popLast() {
                guard seen.insert(name).inserted, let context = f.dialplan.contexts[name] else { continue }
                queue += context.includes
                for p in context.extensions.values.flatMap({ $0 }) {
                    for target in Self.targets(p) {
                        let parts = target.split(separator: ",")
                        if parts.count == 3 { queue.append(String(parts[0])) }
                    }
                }
            }
            XCTAssertEqual(Set(f.dialplan.order).subtracting(seen), [], "\(f.customer): unreachable contexts")
        }
    }

    func testTimeConditionsAreWellFormed() throws {
        let time = #/^\d\d:\d\d-\d\d:\d\d$/#
        let days: Set<Substring> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "*"]
        for f in try files() {
            for p in f.dialplan.contexts.values.flatMap({ $0.extensions.values.flatMap { $0 } }) where p.app == "GotoIfTime" {
                let fields = DialplanFile.split(DialplanFile.conditional(p.args)!.condition)
                XCTAssertEqual(fields.count, 5, "line \(p.line)")
                XCTAssertTrue(fields[0] == "*" || fields[0].wholeMatch(of: time) != nil, "line \(p.line): \(fields[0])")
                XCTAssertTrue(fields[1].split(separator: "&").allSatisfy { days.contains($0) }, "line \(p.line)")
                XCTAssertNotNil(TimeZone(identifier: fields[4]), "line \(p.line)")
            }
        }
    }

    func testDialStringsQueuesAndMembersExist() throws {
        for f in try files() {
            let endpoints = Set(f.pjsipSections.keys.filter { $0.hasSuffix("/endpoint") }.map { String($0.dropLast("/endpoint".count)) })
            for (name, section) in f.pjsipSections where name.hasSuffix("/endpoint") {
                let base = String(name.dropLast("/endpoint".count))
                XCTAssertNotNil(f.pjsipSections["\(section["auth"] ?? "")/auth"], "\(name): auth")
                XCTAssertNotNil(f.pjsipSections["\(section["aors"] ?? "")/aor"], "\(name): aor")
                XCTAssertEqual(section["context"], "\(f.customer)-phones")
                XCTAssertFalse(f.pjsipSections["\(base)-auth/auth"]?["password"]?.isEmpty ?? true, "\(name): no password")
            }
            for context in f.dialplan.contexts.values {
                for p in context.extensions.values.flatMap({ $0 }) {
                    if p.app == "Dial" {
                        let devices = DialplanFile.split(p.args)[0].split(separator: "&")
                        for device in devices where !device.contains("${") {
                            XCTAssertTrue(device.hasPrefix("PJSIP/") && endpoints.contains(String(device.dropFirst(6))),
                                          "\(f.customer) line \(p.line): \(device)")
                        }
                    }
                    if p.app == "Queue" {
                        XCTAssertNotNil(f.queues[DialplanFile.split(p.args)[0]], "\(f.customer) line \(p.line): no queue")
                    }
                }
            }
            for (queue, members) in f.queues {
                for member in members {
                    // Local/<exten>@<context>/n,penalty,name,state interface
                    let fields = member.split(separator: ",").map(String.init)
                    let local = fields[0].dropFirst("Local/".count).split(separator: "/")[0].split(separator: "@")
                    XCTAssertNotNil(f.dialplan.contexts[String(local[1])]?.extensions[String(local[0])], "\(queue): \(member)")
                    XCTAssertTrue(endpoints.contains(String(fields[3].dropFirst("PJSIP/".count))), "\(queue): \(member)")
                }
            }
        }
    }
}

/// The checker itself finds what it looks for.
final class DialplanFileTests: XCTestCase {
    func testFindsDoubledPrioritiesLabelsAndContexts() {
        let file = DialplanFile("""
        [a]
        exten => s,1,NoOp()
         same => n(x),NoOp()
         same => n(x),NoOp()
        exten => s,2,NoOp()
        [a]
        exten => t,1,Bogus
        """)
        XCTAssertEqual(file.problems.count, 4, "\(file.problems)")
    }

    func testSplitsArgumentsAndBranches() {
        XCTAssertEqual(DialplanFile.split("a,${F(b,c)},$[1 = 2]"), ["a", "${F(b,c)}", "$[1 = 2]"])
        let c = DialplanFile.conditional("$[${X} = 1]?ctx,s,1:other,s,1")
        XCTAssertEqual(c?.condition, "$[${X} = 1]")
        XCTAssertEqual(c?.targets, ["ctx,s,1", "other,s,1"])
        XCTAssertEqual(DialplanFile.stripComment(#"password = a\;b ; note"#), #"password = a\;b "#)
    }
}
