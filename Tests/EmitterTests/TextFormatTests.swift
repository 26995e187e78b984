@testable import Emitters
import TestSupport
import XCTest

/// Free-text escaping per format, on both paths: plain printable ASCII (returned as it
/// is) and text that needs work (markup characters, control characters, non-ASCII).
final class TextFormatTests: XCTestCase {
    func testPlainASCIIIsUnchangedExceptKeyValueTrimming() {
        XCTAssertEqual(TextFormat.xml.escape("Carla Peters 201"), "Carla Peters 201")
        XCTAssertEqual(TextFormat.html.escape("cust-00001/index.html"), "cust-00001/index.html")
        XCTAssertEqual(TextFormat.keyValue.escape("  Sales  "), "Sales")
        XCTAssertEqual(TextFormat.keyValue.escape("a<b>&\"c'"), "a<b>&\"c'", "key=value files have no markup")
    }

    func testMarkupCharactersAreEscapedInXMLAndHTML() {
        for format in [TextFormat.xml, .html] {
            XCTAssertEqual(format.escape("R&D <\"1\"> 'x'"), "R&amp;D &lt;&quot;1&quot;&gt; &apos;x&apos;")
        }
    }

    func testControlCharactersAreDroppedAndNonASCIIKept() {
        XCTAssertEqual(TextFormat.keyValue.escape("line\nbreak\u{7F}=x"), "linebreak=x")
        XCTAssertEqual(TextFormat.xml.escape("Zoë\tMüller\u{0}"), "ZoëMüller")
        XCTAssertEqual(TextFormat.html.escape("Łódź & Köln"), "Łódź &amp; Köln")
    }
}
