import Compiler
@testable import Emitters
import Foundation
import TestSupport
import XCTest

/// The Asterisk writer cannot be made to write structure from names: the example
/// customers' routing tables with every schedule and entity id and every name
/// replaced by hostile text (as if `check` had let them through) give exactly the
/// contexts and queues of the clean tables, and no variable, function or expression.
final class DialplanEscapingTests: XCTestCase {
    /// Text that would add a context, a dialplan line, a comment, a variable, a
    /// function call or an expression if written as it is.
    static func hostile(_ n: Int) -> String {
        "x\(n)\n[evil-\(n)]\nexten => _X.,1,Dial(PJSIP/${EXTEN}@evil-trunk)\r\n;${SHELL(id)}$[1+1],a)\u{2028}]"
    }

    func testHostileIdsAndNamesAddNoContextsOrCode() throws {
        for (id, compiled) in try compiledExamples().sorted(by: { $0.key < $1.key }) {
            let clean = compiled.routing
            let hostile = try hostileTable(clean)
            let cleanPlan = DialplanFile(text(AsteriskExtensionsEmitter.emit(clean)))
            let emitted = text(AsteriskExtensionsEmitter.emit(hostile))
            let plan = DialplanFile(emitted)
            XCTAssertEqual(plan.problems, [], id)
            XCTAssertEqual(plan.contexts.count, cleanPlan.contexts.count, "\(id): contexts")
            XCTAssertEqual(Self.headers(emitted), cleanPlan.contexts.count, "\(id): `[` lines")
            for name in plan.contexts.keys {
                XCTAssertTrue(name.unicodeScalars.allSatisfy { Self.contextCharacters.contains($0) }, "\(id): context \(name)")
            }
            // Comments may quote a name (Asterisk evaluates nothing there); code may not.
            let code = Self.code(emitted)
            for evil in ["${SHELL", "$[1+1]", "evil-trunk)"] {
                XCTAssertFalse(code.contains(evil), "\(id): `\(evil)` written")
            }
            XCTAssertFalse(emitted.contains("\r") || emitted.contains("\u{2028}"), id)
            let queues = text(AsteriskQueuesEmitter.emit(hostile))
            XCTAssertEqual(Self.headers(queues), Self.headers(text(AsteriskQueuesEmitter.emit(clean))), "\(id): queues")
            XCTAssertFalse(Self.code(queues).contains("${SHELL"), id)
        }
    }

    func testArgumentsCannotEndTheLineSplitOrSubstitute() {
        XCTAssertEqual(AsteriskText.argument("a\nb\r;c,d)e${f}$[g]\\"), "ab\\;c\\,def g\\\\".replacingOccurrences(of: " ", with: ""))
        XCTAssertEqual(AsteriskText.comment("a\nb\u{2028}c\u{85}d"), "a b c d")
        XCTAssertEqual(AsteriskText.exten("+31 (88)\n765"), "+3188765")
        // A reduced name is in no grammar and keeps two different names apart.
        XCTAssertEqual(ContextName(customer: "acme", "user", name: "jan").text, "acme-user-jan")
        XCTAssertEqual(ContextName(customer: "acme", "user", name: "a]\n").text, "acme-user-_615d0a")
        XCTAssertNotEqual(ContextName.reduced("a-"), ContextName.reduced("a_"))
    }

    /// Found by the injection property (Tests/BuildTests/Injection): a `(` in a user's
    /// name left the queue member's name open, so Asterisk's argument parser took the
    /// comma after it as text and the member lost its state interface.
    func testAMemberNameCannotOpenAParenthesis() throws {
        var table = try XCTUnwrap(compiledExamples()["acme"]).routing
        for (key, node) in table.nodes {
            if case .user(var user) = node { user.name = "Jan (Sales"; table.nodes[key] = .user(user) }
        }
        let members = text(AsteriskQueuesEmitter.emit(table)).split(separator: "\n").filter { $0.hasPrefix("member => ") }
        XCTAssertFalse(members.isEmpty)
        for member in members {
            XCTAssertFalse(member.contains("(") || member.contains(")"), String(member))
            let fields = member.dropFirst("member => ".count).split(separator: ",", omittingEmptySubsequences: false)
            XCTAssertEqual(fields.count, 4, String(member))
            XCTAssertEqual(fields[2], "Jan Sales", String(member))
            XCTAssertTrue(fields[3].hasPrefix("PJSIP/"), String(member))
        }
        XCTAssertEqual(AsteriskText.field("A(b)c"), "A b c")
        XCTAssertEqual(AsteriskText.label("A (b) c"), "A (b) c", "comments and caller names keep parentheses")
    }

    static let contextCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789-_.".unicodeScalars)

    /// The text outside comments.
    static func code(_ text: String) -> String {
        text.split(separator: "\n").map { DialplanFile.stripComment(String($0)) }.joined(separator: "\n")
    }

    /// Lines that open a section, as Asterisk's config reader sees them.
    static func headers(_ text: String) -> Int {
        text.split(separator: "\n").filter { $0.hasPrefix("[") }.count
    }

    /// `table` with its schedule and entity ids replaced by hostile text (through its
    /// JSON, so every reference follows) and every name made hostile.
    func hostileTable(_ table: RoutingTable) throws -> RoutingTable {
        var json = String(decoding: try JSONEncoder().encode(table), as: UTF8.self)
        var n = 0
        func replace(_ old: String, _ new: String) throws {
            let quoted = { (s: String) in String(decoding: try JSONEncoder().encode(s), as: UTF8.self) }
            json = json.replacingOccurrences(of: try quoted(old), with: try quoted(new))
        }
        for schedule in table.schedules.keys.sorted() {
            n += 1
            try replace(schedule, Self.hostile(n))
        }
        for node in table.nodes.keys.sorted() {
            for kind in ["user", "group", "menu"] where node.hasPrefix(kind + ":") {
                n += 1
                let id = String(node.dropFirst(kind.count + 1)), evil = Self.hostile(n)
                try replace(node, "\(kind):\(evil)")
                try replace("voicemail:\(id)", "voicemail:\(evil)")
                try replace(id, evil)
            }
        }
        var hostile = try JSONDecoder().decode(RoutingTable.self, from: Data(json.utf8))
        XCTAssertNotEqual(hostile, table)
        hostile.customer.name = Self.hostile(0)
        hostile.outbound.companyName = Self.hostile(0)
        hostile.outbound.showCompanyName = true
        for (key, node) in hostile.nodes {
            switch node {
            case .user(var user): user.name = Self.hostile(0); hostile.nodes[key] = .user(user)
            case .huntGroup(var group): group.name = Self.hostile(0); hostile.nodes[key] = .huntGroup(group)
            case .menu(var menu): menu.name = Self.hostile(0); hostile.nodes[key] = .menu(menu)
            default: break
            }
        }
        return hostile
    }
}
