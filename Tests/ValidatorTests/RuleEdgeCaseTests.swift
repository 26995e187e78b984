import Domain
import Foundation
import TestSupport
import XCTest
@testable import Validator

/// Regression cases for rules rewritten for speed (same findings as before).
final class RuleEdgeCaseTests: XCTestCase {
    func testTwoEntitiesOnAReservedExtensionAreBothReported() {
        let diagnostics = CustomerChecker.check(text: """
        customer: { id: a, country: NL }
        numbers: ["+31887654000"]
        company: { number: "+31887654000", unassigned_numbers: "+31612345678" }
        users: [{ id: x, name: X, extension: "999" }, { id: y, name: Y, extension: "999" }]
        """, path: "c.yaml")
        XCTAssertEqual(diagnostics.filter { $0.rule == "extension-conflict" }.map(\.location.line), [4, 4])
        XCTAssertEqual(Set(diagnostics.filter { $0.rule == "extension-conflict" }.map(\.location.column)).count, 2)
    }

    func testEmailAndMACEdgeCases() {
        for good in ["a@b.example", "first.last+tag@sub.domain.nl"] { XCTAssertTrue(EmailFormat.isEmail(good), good) }
        for bad in ["jan.acme.example", "a@b", "@b.nl", "a@.nl", "a@b..nl", "a@b.nl.", "a b@c.nl", "a@b@c.nl", "a@b.n"] {
            XCTAssertFalse(EmailFormat.isEmail(bad), bad)
        }
        XCTAssertEqual(MACAddress.normalise("80:5E:C0:12:34:56"), "805ec0123456")
        XCTAssertEqual(MACAddress.normalise("805e.c012.3456"), "805ec0123456")
        XCTAssertNil(MACAddress.normalise("80:5E:C0:12:34"))
        XCTAssertNil(MACAddress.normalise("80:5E:C0:12:34:5G"))
        XCTAssertNil(MACAddress.normalise("80:5E:C0:12:34:56:78"))
    }

    func testExtensionPrefixFindsEveryShorterExtension() {
        let diagnostics = CustomerChecker.check(text: """
        customer: { id: a, country: NL }
        numbers: ["+31887654000"]
        company: { number: "+31887654000", unassigned_numbers: voicemail }
        users: [{ id: x, name: X, extension: "20" }, { id: y, name: Y, extension: "201" }, { id: z, name: Z, extension: "2019" }, { id: w, name: W, extension: "30" }]
        """, path: "c.yaml")
        XCTAssertEqual(diagnostics.filter { $0.rule == "extension-prefix" }.map(\.message), [
            "extension 20 is the start of extension 201: phones dialling 20 wait for the dial time-out",
            "extension 201 is the start of extension 2019: phones dialling 201 wait for the dial time-out",
        ])
    }

    /// greeting-file's own scan for a `..` component (it replaced splitting each path):
    /// a component of exactly two dots climbs, names with dots in them do not.
    func testGreetingPathsThatClimbOutOfTheirFolder() {
        for climbing in ["..", "../x.wav", "a/../../x.wav", "greetings/..", "a/b/../c.wav", "a//../x.wav"] {
            XCTAssertTrue(GreetingFile.climbs(climbing), climbing)
        }
        for staying in ["x.wav", "greetings/x.wav", "..x.wav", "x..wav", "a/...b/c.wav", "a/.../c.wav", "./x.wav", ".", ""] {
            XCTAssertFalse(GreetingFile.climbs(staying), staying)
        }
    }

    /// On disk: a file that leaves the repository is reported as leaving it, a file
    /// beside the YAML file is found through the YAML file's folder.
    func testGreetingFilesAreLookedUpBesideTheirYAMLFile() throws {
        let root = try temporaryFolder(self)
        let folder = root.appendingPathComponent("customers/acme")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("greetings"), withIntermediateDirectories: true)
        try Data("RIFF".utf8).write(to: folder.appendingPathComponent("greetings/welkom.wav"))
        try "version: 1\ndefaults: { country: NL }\n".write(to: root.appendingPathComponent("pbxc.yaml"), atomically: true, encoding: .utf8)
        try """
        version: 1
        customer: { id: acme, name: Acme, country: NL }
        numbers: ["+31887654000"]
        company: { number: "+31887654000", unassigned_numbers: main }
        ivr_menus:
          - id: main
            extension: "555"
            open: { greeting: greetings/welkom.wav, options: { "1": { play: ../../../etc/passwd }, "2": { play: greetings/weg.wav } } }
        """.write(to: folder.appendingPathComponent("customer.yaml"), atomically: true, encoding: .utf8)
        let run = pbxc(["check", root.path])
        let printed = run.out + run.err
        let findings = printed.components(separatedBy: "\n").filter { $0.contains("warning[greeting-file]") }
        XCTAssertEqual(findings.count, 2, printed)
        XCTAssertTrue(findings.contains { $0.contains("`../../../etc/passwd` leaves the repository") }, printed)
        XCTAssertTrue(findings.contains { $0.contains("looked for `customers/acme/greetings/weg.wav`") }, printed)
        XCTAssertFalse(findings.contains { $0.contains("welkom.wav") }, printed)
    }
}
