import Domain
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

    /// The text with line breaks and runs of spaces as single spaces: where a
    /// paragraph wraps depends on the font, what it says does not.
    func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{00A0}" }).joined(separator: " ")
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
        XCTAssertEqual(docs.count, 4)
        // Requests from all four countries of the manuals.
        XCTAssertEqual(Set(docs.compactMap { $0.json["country"] as? String }), ["NL", "BE", "DE", "CA"])
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
            // Dates as the customer's language and country write them.
            let locale = DocumentLocale(language: try XCTUnwrap(doc.json["language"] as? String),
                                        country: try XCTUnwrap(doc.json["country"] as? String))
            let plain = flat(text.out)
            for key in ["submitted", "wanted_date", "earliest_date"] {
                let date = flat(locale.date(try XCTUnwrap(doc.json[key] as? String)))
                XCTAssertTrue(plain.contains(date), "\(doc.path): \(key) \(date)")
            }
            // One signature block: its "Place" line once.
            let place = ["nl": "Plaats", "fr": "Lieu", "de": "Ort", "en": "Place"][locale.language]!
            XCTAssertEqual((" " + plain + " ").components(separatedBy: " \(place) ").count - 1, 1, "\(doc.path): one signature block")
            XCTAssertFalse(plain.contains("pbxc"), "\(doc.path): no tool name on a customer document")
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

    /// Every generated porting and move JSON validates against the JSON Schema that
    /// documents it for partners' API clients, and a spoilt one does not.
    func testEveryPortingAndMoveJSONMatchesItsSchema() throws {
        let files = try builtExamples().flatMap(\.files)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pbxc-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (kind, schema) in [("porting", "docs/schemas/porting.schema.json"), ("moves", "docs/schemas/move.schema.json")] {
            let jsons = files.filter { $0.path.hasSuffix(".json") && $0.path.contains("/\(kind)/") }
            XCTAssertFalse(jsons.isEmpty, kind)
            var paths: [String] = []
            for (n, file) in jsons.enumerated() {
                let url = folder.appendingPathComponent("\(kind)-\(n).json")
                try file.contents.write(to: url)
                paths.append(url.path)
            }
            let valid = try tool(["check-jsonschema", "--schemafile", schema] + paths)
            XCTAssertEqual(valid.status, 0, "\(kind): \(valid.out)")
            let spoilt = folder.appendingPathComponent("\(kind)-spoilt.json")
            try String(decoding: jsons[0].contents, as: UTF8.self)
                .replacingOccurrences(of: "\"numbers\": [", with: "\"numbers\": [\"not a block\", ")
                .write(to: spoilt, atomically: true, encoding: .utf8)
            XCTAssertNotEqual(try tool(["check-jsonschema", "--schemafile", schema, spoilt.path]).status, 0, kind)
        }
    }

    /// Canada: a French letter of authorization (not a mandat), the price per number,
    /// the carrier's records, the partial port with its new billing number.
    func testTheCanadianPartialPortIsAFrenchLOA() throws {
        let doc = try XCTUnwrap(try documents().first { $0.json["id"] as? String == "port-2026-ca-01" })
        XCTAssertEqual(doc.json["document_type"] as? String, "letter_of_authorization")
        XCTAssertEqual(doc.json["port_type"] as? String, "partial")
        XCTAssertEqual(doc.json["new_billing_number"] as? String, "+15148490105")
        let price = try XCTUnwrap(doc.json["price"] as? [String: Any])
        XCTAssertEqual(price["total"] as? String, "119.96")
        let text = flat(try run("pdftotext", ["FILE", "-"], input: doc.pdf).out)
        XCTAssertTrue(text.contains("Lettre d'autorisation (LOA)"), text)
        XCTAssertFalse(text.contains("mandat"), text)
        XCTAssertTrue(text.contains("29,99 $ par numéro × 4 = 119,96 $"), text)
        XCTAssertTrue(text.contains("Dossier de service client (CSR)"), text)
        XCTAssertTrue(text.contains("confirmer que le service a été annulé"), text)
    }

    /// Belgium: the execution window is computed (up to 9 business days, 09:00–15:00)
    /// and shown in JSON and PDF.
    func testTheBelgianExecutionWindow() throws {
        let doc = try XCTUnwrap(try documents().first { $0.json["id"] as? String == "port-2025-007" })
        let window = try XCTUnwrap(doc.json["execution_window"] as? [String: Any])
        XCTAssertEqual(window["first_day"] as? String, "2026-01-06")
        XCTAssertEqual(window["last_day"] as? String, "2026-01-19")
        XCTAssertEqual(window["from_time"] as? String, "09:00")
        let text = flat(try run("pdftotext", ["FILE", "-"], input: doc.pdf).out)
        XCTAssertTrue(text.contains("du 6 janvier 2026 au 19 janvier 2026, de 09:00 à 15:00 les jours ouvrables"), text)
    }

    /// A move between partners has its own document, in the customer's language: no
    /// losing provider, both partners' consent, the offline cut-over.
    func testTheMoveHasItsOwnDocument() throws {
        let files = try builtExamples().flatMap(\.files)
        let json = try XCTUnwrap(files.first { $0.path.hasSuffix("moves/move-2026-003.json") })
        let pdf = try XCTUnwrap(files.first { $0.path.hasSuffix("moves/move-2026-003.pdf") })
        XCTAssertFalse(files.contains { $0.path.hasSuffix("porting/move-2026-003.json") })
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: json.contents) as? [String: Any])
        XCTAssertNil(doc["losing_provider"])
        XCTAssertNil(doc["earliest_date"])
        XCTAssertEqual((doc["cut_over"] as? [String: Any])?["offline"] as? Bool, true)
        let text = try run("pdftotext", ["FILE", "-"], input: pdf.contents).out
        XCTAssertTrue(text.contains("Verhuizing van nummers tussen partners"), text)
        XCTAssertTrue(text.contains("UMZ-2026-0042"), text)
        XCTAssertTrue(text.contains("Akkoord van de nieuwe partner"), text)
        XCTAssertTrue(text.contains("De klant is onbereikbaar zolang de nummers verhuizen"), text)
        XCTAssertEqual(try run("qpdf", ["--check", "FILE"], input: pdf.contents).status, 0)
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
