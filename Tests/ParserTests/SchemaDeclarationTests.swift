import Diagnostics
import Domain
import Foundation
@testable import Parser
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

    /// Keys asked in any order give their own values: the reader's lookup starts where
    /// the last one matched (decoders ask in schema order), so a different order must
    /// still find every key, and an absent key nothing.
    func testKeysAreFoundInAnyOrder() {
        let (customer, diagnostics) = parseCustomer("""
        customer: { id: acme, name: Acme }
        users:
          - { pin: "4711", devices: [], simring: ["+31612345678"], email: jan@acme.example, extension: "201", name: Jan, id: jan }
        """)
        XCTAssertEqual(diagnostics.summary, [])
        let user = try! XCTUnwrap(customer.users.first)
        XCTAssertEqual(user.id?.value, "jan")
        XCTAssertEqual(user.name?.value, "Jan")
        XCTAssertEqual(user.extensionNumber?.value, "201")
        XCTAssertEqual(user.email?.value, "jan@acme.example")
        XCTAssertEqual(user.simring.map(\.value), ["+31612345678"])
        XCTAssertNil(user.firstName)
        XCTAssertNil(user.forward)
        let files = SourceFiles()
        let sink = DiagnosticSink(files: files)
        let document = YAMLReader(limits: .default).read(Array("{ b: 2, a: 1, c: 3 }".utf8), file: files.register(path: "f.yaml"), sink: sink)
        let schema = ObjectSchema("a test mapping", ["a": .text("A."), "b": .text("B."), "c": .text("C."), "d": .text("D.")])
        let reader = try! XCTUnwrap(ObjectReader(document!.root!, schema, sink))
        XCTAssertEqual(reader.string("c")?.value, "3")
        XCTAssertEqual(reader.string("a")?.value, "1")
        XCTAssertNil(reader.string("d"))
        XCTAssertEqual(reader.string("b")?.value, "2")
        XCTAssertEqual(reader.string("c")?.value, "3")
        XCTAssertEqual(reader.string("a")?.value, "1")
    }
}
