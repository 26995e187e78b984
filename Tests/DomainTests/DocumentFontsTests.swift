import Domain
import XCTest

/// Which characters the document fonts print, as HarfBuzz reads their `cmap`, and the
/// widths text is laid out with.
final class DocumentFontsTests: XCTestCase {
    func fonts() throws -> DocumentFonts { try XCTUnwrap(DocumentFonts.installed, DocumentFonts.missingMessage) }

    func testEveryScriptOfTheFontsIsPrintable() throws {
        XCTAssertEqual(try fonts().unprintable("Łódź Ő 東京 Ελλάδα Москва B.V."), [])
        XCTAssertEqual(try fonts().face(for: "東"), 1)
        XCTAssertEqual(try fonts().face(for: "Ł"), 0)
    }

    /// DejaVu Sans draws 😀 (U+1F600) and Old Italic 𐌀 (U+10300), but libharu writes
    /// 16-bit codes and dropped them from the PDF: they count as unprintable.
    func testCharactersBeyondTheBasicPlaneAreUnprintable() throws {
        XCTAssertEqual(try fonts().unprintable("a😀𐌀東🎉"), ["😀", "𐌀", "🎉"])
    }

    /// Advance widths in thousandths of the size, as libharu writes them: DejaVu Sans's
    /// "H" is 1540 of 2048 units; a character the font lacks takes the missing glyph's.
    func testWidthsAreTheFontsAdvances() throws {
        let latin = try fonts().faces[0].regular
        XCTAssertEqual(latin.width(of: "H"), 1540 * 1000 / 2048)
        XCTAssertEqual(latin.width(of: "東"), latin.width(of: "\u{E000}"))
    }
}
