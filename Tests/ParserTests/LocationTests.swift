import Diagnostics
import XCTest
@testable import Parser

/// Lines and columns from 1, columns in Unicode scalars, byte offsets in bytes.
final class LocationTests: XCTestCase {
    func testMultibyteColumnsAndOffsets() throws {
        let text = "naam: \"Jürgen Ößtrøm\"\nextension: \"201\"\n"
        let (node, diagnostics) = readYAML(Array(text.utf8))
        XCTAssertEqual(diagnostics.summary, [])
        guard case .mapping(let pairs) = try XCTUnwrap(node).value else { return XCTFail("not a mapping") }
        let name = pairs[0].value.location
        XCTAssertEqual([name.line, name.column, name.offset, name.length], [1, 7, 6, 15])
        let ext = pairs[1].value.location
        XCTAssertEqual([ext.line, ext.column], [2, 12])
        let utf8 = Array(text.utf8)
        XCTAssertEqual(utf8[Int(ext.offset)], UInt8(ascii: "\""))
        XCTAssertEqual(Int(ext.offset), text.utf8.count - 6)
        let key = pairs[1].key.location
        XCTAssertEqual(utf8[Int(key.offset)], UInt8(ascii: "e"))
    }

    func testDiagnosticAfterMultibyteText() {
        let (_, diagnostics) = parseCustomer("customer: { id: acme, name: \"Café ☕ Noël\", cuntry: NL }")
        XCTAssertEqual(diagnostics.summary, ["1:44 unknown-key"])
    }
}
