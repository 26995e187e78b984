import Domain
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
}
