import Emitters
import Foundation
import TestSupport
import XCTest

/// The porting documents: the PDF's text (as pdftotext extracts it) holds what the
/// losing provider checks, the JSON holds the same, qpdf finds the PDF sound, and the
/// BE example's earliest date skips the Christmas holidays.
final class PortingDocumentTests: XCTestCase {
    func run(_ tool: String, _ arguments: [String], input: Data) throws -> (status: Int32, out: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pbxc-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("d.pdf")
        try input.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments.map { $0 == "FILE" ? file.path : $0 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self))
    }

    func documents() throws -> [(json: [String: Any], pdf: Data, path: String)] {
        let files = try builtExamples().flatMap(\.files)
        return try files.filter { $0.path.hasSuffix(".json") && $0.path.contains("/porting/") }.map { json in
            let pdfPath = json.path.replacingOccurrences(of: ".json", with: ".pdf")
            let pdf = try XCTUnwrap(files.first { $0.path == pdfPath }, pdfPath)
            let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: json.contents) as? [String: Any])
            return (doc, pdf.contents, pdfPath)
        }
    }

    func testEveryRequestHasAPDFWithWhatTheJSONSays() throws {
        let docs = try documents()
        XCTAssertEqual(docs.count, 3)
        for doc in docs {
            let text = try run("pdftotext", ["-layout", "FILE", "-"], input: doc.pdf)
            XCTAssertEqual(text.status, 0, doc.path)
            let holder = try XCTUnwrap(doc.json["holder"] as? [String: Any])
            XCTAssertTrue(text.out.contains(holder["name"] as! String), "\(doc.path): holder")
            XCTAssertTrue(text.out.contains(holder["street"] as! String), "\(doc.path): street")
            for block in try XCTUnwrap(doc.json["numbers"] as? [[String: Any]]) {
                XCTAssertTrue(text.out.contains(block["first"] as! String), "\(doc.path): \(block)")
                XCTAssertTrue(text.out.contains(block["last"] as! String), "\(doc.path): \(block)")
            }
            for key in ["submitted", "wanted_date", "earliest_date"] {
                XCTAssertTrue(text.out.contains(try XCTUnwrap(doc.json[key] as? String)), "\(doc.path): \(key)")
            }
            let check = try run("qpdf", ["--check", "FILE"], input: doc.pdf)
            XCTAssertEqual(check.status, 0, "\(doc.path): \(check.out)")
            XCTAssertTrue(doc.pdf.starts(with: Data("%PDF-".utf8)))
        }
    }

    func testTheBelgianBlockSkipsChristmas() throws {
        let doc = try XCTUnwrap(try documents().first { $0.json["id"] as? String == "port-2025-007" })
        XCTAssertEqual(doc.json["submitted"] as? String, "2025-12-19")
        XCTAssertEqual(doc.json["earliest_date"] as? String, "2026-01-06")
        let numbers = try XCTUnwrap(doc.json["numbers"] as? [[String: Any]])
        XCTAssertEqual(numbers.first?["first"] as? String, "+3225805050")
        XCTAssertEqual(numbers.first?["count"] as? Int, 10)
        // In French, with its accents intact.
        let text = try run("pdftotext", ["FILE", "-"], input: doc.pdf).out
        XCTAssertTrue(text.contains("Numéros à porter"), text)
        XCTAssertTrue(text.contains("Opérateur actuel"))
    }

    func testAccentedLettersSurvive() throws {
        let doc = try XCTUnwrap(try documents().first { $0.json["id"] as? String == "port-2026-012" })
        let text = try run("pdftotext", ["FILE", "-"], input: doc.pdf).out
        XCTAssertTrue(text.contains("Friedrichstraße"), text)
        XCTAssertTrue(text.contains("Gewünschter Portierungstermin"))
    }

    /// Any script the document fonts have comes back from pdftotext as written: Polish,
    /// Hungarian, Greek, Cyrillic and Chinese in one holder name.
    func testEveryScriptOfTheFontsSurvives() throws {
        var doc = try XCTUnwrap(try compiledExamples()["acme"]?.porting.first)
        let name = "Łódź Ő 東京 Ελλάδα Москва B.V."
        doc.holder?.name = name
        let text = try run("pdftotext", ["FILE", "-"], input: try PortingPDFEmitter.emit(doc).contents).out
        XCTAssertTrue(text.contains(name), text)
    }
}
