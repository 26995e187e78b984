import Diagnostics
import TestSupport
import XCTest
@testable import Parser

/// Lines and columns from 1, columns in Unicode scalars, byte offsets in bytes.
final class LocationTests: XCTestCase {
    func testMultibyteColumnsAndOffsets() throws {
        let text = "naam: \"Jürgen Ößtrøm\"\nextension: \"201\"\n"
        let (document, diagnostics) = readYAML(Array(text.utf8))
        XCTAssertEqual(diagnostics.summary, [])
        let root = try XCTUnwrap(document?.root)
        guard case .mapping(let pairs) = root.value else { return XCTFail("not a mapping") }
        let name = pairs[0].value.location
        XCTAssertEqual([name.line, name.column, name.offset, name.length], [1, 7, 6, 15])
        let ext = pairs[1].value.location
        XCTAssertEqual([ext.line, ext.column], [2, 12])
        let utf8 = Array(text.utf8)
        XCTAssertEqual(utf8[Int(ext.offset)], UInt8(ascii: "\""))
        XCTAssertEqual(Int(ext.offset), text.utf8.count - 6)
        let key = pairs[1].key.location
        XCTAssertEqual(utf8[Int(key.offset)], UInt8(ascii: "e"))
        withExtendedLifetime(document) {}
    }

    func testDiagnosticAfterMultibyteText() {
        let (_, diagnostics) = parseCustomer("customer: { id: acme, name: \"Café ☕ Noël\", cuntry: NL }")
        XCTAssertEqual(diagnostics.summary, ["1:44 unknown-key"])
    }
}

/// The flat document: children, aliases, merge keys and duplicate keys.
final class DocumentTests: XCTestCase {
    func testNestedStructureAndAliases() throws {
        let text = """
        a: &x { k: [1, 2, { deep: yes }], j: "two" }
        b: *x
        c: [*x, last]
        """
        let (document, diagnostics) = readYAML(Array(text.utf8))
        XCTAssertEqual(diagnostics.summary, [])
        let root = try XCTUnwrap(document?.root)
        let pairs = root.pairs
        XCTAssertEqual(pairs.map { $0.key.scalar }, ["a", "b", "c"])
        let a = pairs[0].value, b = pairs[1].value
        XCTAssertEqual(a.pairs.map { $0.key.scalar }, ["k", "j"])
        XCTAssertEqual(b.pairs.map { $0.key.scalar }, ["k", "j"])
        XCTAssertEqual(b.pairs[0].value.items.count, 3)
        XCTAssertEqual(b.pairs[0].value.items[2].pairs.first?.value.scalar, "yes")
        let c = pairs[2].value.items
        XCTAssertEqual(c.count, 2)
        XCTAssertEqual(c[0].pairs[1].value.scalar, "two")
        XCTAssertEqual(c[1].scalar, "last")
        withExtendedLifetime(document) {}
    }

    func testDuplicateKeysKeepTheFirstAndMergeKeysFillIn() throws {
        let (document, diagnostics) = readYAML(Array("base: &b { x: 1, y: 2 }\nm: { <<: *b, y: 3, y: 4, z: 5 }\n".utf8))
        XCTAssertEqual(diagnostics.summary, ["2:20 duplicate-key"])
        let m = try XCTUnwrap(document?.root?.pairs[1].value)
        XCTAssertEqual(m.pairs.map { "\($0.key.scalar!)=\($0.value.scalar!)" }, ["y=3", "z=5", "x=1"])
        withExtendedLifetime(document) {}
    }
}
