import Domain
import Foundation
import Parser
import TestSupport
import XCTest

/// The one declaration of the config language (Schemas*.swift): each key once, with a
/// meaning; the patterns the JSON Schemas carry say what the parser's own checks say.
final class SchemaDeclarationTests: XCTestCase {
    func testEveryMappingDeclaresEachKeyOnceWithAMeaning() {
        XCTAssertGreaterThanOrEqual(Schemas.all.count, 40)  // every mapping, found from the two roots
        XCTAssertEqual(Set(Schemas.all.map(ObjectIdentifier.init)).count, Schemas.all.count)
        for schema in Schemas.all {
            XCTAssertEqual(schema.keys, schema.fields.map { $0.key }, schema.noun)
            XCTAssertEqual(Set(schema.keys).count, schema.keys.count, "\(schema.noun) declares a key twice")
            XCTAssertTrue(schema.required.isSubset(of: schema.keys), schema.noun)
            for (key, field) in schema.fields {
                XCTAssertFalse(field.description.isEmpty, "\(schema.noun).\(key) has no description")
            }
        }
        // Key order is declaration order: messages list the keys in it.
        XCTAssertEqual(Schemas.forward.keys, ["to", "rings"])
        XCTAssertEqual(Schemas.device.required, ["model", "mac"])
    }

    private func matches(_ pattern: String, _ text: String) -> Bool {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    func testIDPatternsAgreeWithTheGrammar() {
        let samples = ["acme", "a", "jan.devries", "sales_2", "2sales", "-x", "Sales", "office hours", "voicemail", "repeat",
                       "none", "dial_by_name", "voicemail2", "x" + String(repeating: "y", count: 39),
                       "x" + String(repeating: "y", count: 40), "acme-b-v", String(repeating: "a", count: 24),
                       String(repeating: "a", count: 25), "", "é", "a/b"]
        for sample in samples {
            XCTAssertEqual(matches(IDGrammar.namePattern, sample), IDGrammar.isName(sample), sample)
            XCTAssertEqual(matches(IDGrammar.customerIDPattern, sample), IDGrammar.isCustomerID(sample), sample)
            XCTAssertEqual(matches(IDGrammar.entityIDPattern, sample),
                           IDGrammar.isName(sample) && !IDGrammar.reservedWords.contains(sample), sample)
        }
    }

    func testMACPatternAgreesWithTheParserOfMACs() {
        for sample in ["80:5E:C0:12:34:56", "805ec0123456", "80-5e-c0-12-34-56", "805e.c012.3456", "80:5E:C0:12:34",
                       "80:5E:C0:12:34:56:78", "80:5G:C0:12:34:56", ":805ec0123456:", "80 5e c0 12 34 56", ""] {
            XCTAssertEqual(matches(MACAddress.pattern, sample), MACAddress.normalise(sample) != nil, sample)
        }
    }
}
