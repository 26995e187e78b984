import Domain
import Emitters
import Foundation
import TestSupport
import XCTest

/// The fonts of the PDF documents, as poppler sees them: each is an embedded subset
/// (`pdffonts`: an `ABCDEF+` name, emb/sub/uni yes) of only the glyphs the document
/// prints; poppler reads, renders and extracts every document without a warning;
/// the same document gives the same bytes.
final class DocumentFontTests: XCTestCase {
    /// Runs `arguments` (FILE stands for the PDF) and returns its exit status, standard
    /// output and standard error apart: poppler's warnings go to standard error.
    func poppler(_ arguments: [String], _ pdf: Data) throws -> (status: Int32, out: String, err: String, bytes: Data) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pbxc-font-\(UUID().uuidString).pdf")
        try pdf.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments.map { $0 == "FILE" ? file.path : $0 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile(), errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self), output)
    }

    /// The rows of `pdffonts`: name, type, encoding, emb, sub, uni.
    func fonts(_ pdf: Data) throws -> [[String]] {
        let run = try poppler(["pdffonts", "FILE"], pdf)
        XCTAssertEqual(run.status, 0, run.err)
        return run.out.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").map(String.init) }
    }

    func examplePDFs() throws -> [(path: String, contents: Data)] {
        let pdfs = try builtExamples().flatMap(\.files).filter { $0.path.hasSuffix(".pdf") }.map { ($0.path, $0.contents) }
        XCTAssertGreaterThanOrEqual(pdfs.count, 6)
        return pdfs
    }

    /// A porting document whose holder is written in every script the fonts have.
    func everyScript() throws -> Data {
        var doc = try XCTUnwrap(try compiledExamples()["acme"]?.porting.first)
        doc.holder?.name = "Łódź Ő 東京 Ελλάδα Москва B.V."
        return try PortingPDFEmitter.emit(doc).contents
    }

    func testEveryFontIsAnEmbeddedSubset() throws {
        for (path, pdf) in try examplePDFs() + [("every script", try everyScript())] {
            let rows = try fonts(pdf)
            XCTAssertFalse(rows.isEmpty, path)
            for row in rows {
                XCTAssertNotNil(row[0].range(of: #"^[A-Z]{6}\+"#, options: .regularExpression), "\(path): \(row)")
                // emb, sub, uni: the columns before the object number.
                XCTAssertEqual(Array(row.suffix(5).prefix(3)), ["yes", "yes", "yes"], "\(path): \(row)")
            }
        }
        let cjk = try fonts(try everyScript()).map { $0[0] }
        XCTAssertTrue(cjk.contains { $0.hasSuffix("+DroidSansFallback") }, "\(cjk)")
    }

    /// A subset holds the glyphs of a page or two of text: the whole PDF stays far below
    /// the size of one embedded DejaVu Sans (≈ 180 KB per document before subsetting).
    func testDocumentsAreSmall() throws {
        for (path, pdf) in try examplePDFs() {
            XCTAssertLessThan(pdf.count, 40_000, path)
        }
        XCTAssertLessThan(try everyScript().count, 40_000)
    }

    /// poppler reads the fonts and their ToUnicode maps without a word, and renders
    /// every page.
    func testPopplerReadsAndRendersWithoutWarnings() throws {
        for (path, pdf) in try examplePDFs() + [("every script", try everyScript())] {
            let text = try poppler(["pdftotext", "FILE", "-"], pdf)
            XCTAssertEqual(text.status, 0, path)
            XCTAssertEqual(text.err, "", path)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pbxc-render-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let render = try poppler(["pdftoppm", "-r", "40", "-gray", "FILE", folder.appendingPathComponent("page").path], pdf)
            XCTAssertEqual(render.status, 0, path)
            XCTAssertEqual(render.err, "", path)
            XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, path)
        }
    }

    /// The characters are drawn with the font's own glyphs, not as empty boxes: were
    /// both missing glyphs, `東京` and `京東` (or `Łó` and `óŁ`) would render alike.
    func testTheSubsetHasTheGlyphsThemselves() throws {
        var doc = try XCTUnwrap(try compiledExamples()["acme"]?.porting.first)
        func rendered(_ name: String) throws -> Data {
            doc.holder?.name = name
            let run = try poppler(["pdftoppm", "-r", "50", "-gray", "-f", "1", "-l", "1", "FILE"], try PortingPDFEmitter.emit(doc).contents)
            XCTAssertEqual(run.status, 0, run.err)
            XCTAssertGreaterThan(run.bytes.count, 10_000)
            return run.bytes
        }
        XCTAssertNotEqual(try rendered("東京"), try rendered("京東"))
        XCTAssertNotEqual(try rendered("Łó"), try rendered("óŁ"))
    }

    /// Letters DejaVu builds from two glyphs (a base and an accent) come out whole:
    /// libharu reads the accent's glyph from the subset too (its own memory stream got
    /// this wrong: the en-CA order with "Montréal" failed to save).
    func testLettersWithAccentsComeBackWhole() throws {
        var doc = try XCTUnwrap(try compiledExamples()["acme"]?.porting.first)
        let letters = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöøùúûüýÿ ŁłŃńŐőŚśŹźŻżČčŘřŠšŽž Montréal"
        for name in [letters, "Montréal", "é"] {
            doc.holder?.name = name
            let text = try poppler(["pdftotext", "FILE", "-"], try PortingPDFEmitter.emit(doc).contents)
            // Wrapped over lines in the field's column: compared word by word.
            let words = text.out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            XCTAssertTrue(words.contains(name), text.out)
            XCTAssertEqual(text.err, "")
        }
    }

    func testTheSameDocumentGivesTheSameBytes() throws {
        XCTAssertEqual(try everyScript(), try everyScript())
    }

    /// The subset name comes from the subset: another holder name (printed in the
    /// regular weight) gives the regular font another name, the bold one keeps its own.
    func testOtherTextGivesAnotherSubsetName() throws {
        var doc = try XCTUnwrap(try compiledExamples()["acme"]?.porting.first)
        func names() throws -> [String: String] {
            let rows = try fonts(try PortingPDFEmitter.emit(doc).contents)
            return Dictionary(uniqueKeysWithValues: rows.map { (String($0[0].dropFirst(7)), String($0[0].prefix(6))) })
        }
        let first = try names()
        doc.holder?.name = "Zürich Ωmega"
        let second = try names()
        XCTAssertEqual(first.keys.sorted(), ["DejaVuSans,Book", "DejaVuSans-Bold,Bold"])
        XCTAssertEqual(first.keys.sorted(), second.keys.sorted())
        XCTAssertNotEqual(first["DejaVuSans,Book"], second["DejaVuSans,Book"])
        XCTAssertEqual(first["DejaVuSans-Bold,Bold"], second["DejaVuSans-Bold,Bold"])
    }
}
