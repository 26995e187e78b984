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
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
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
            let locale = DocumentLocale(language: try XCTUnwrap(doc.json["language"] as? String),
                                        country: try XCTUnwrap(doc.json["country"] as? String))
            // Numbers as the losing provider's records write them: national format.
            for block in try XCTUnwrap(doc.json["numbers"] as? [[String: Any]]) {
                for key in ["first", "last"] {
                    let national = locale.phone(block[key] as! String)
                    XCTAssertFalse(national.hasPrefix("+"), "\(doc.path): \(national)")
                    XCTAssertTrue(text.out.contains(national), "\(doc.path): \(key) \(national) of \(block)")
                }
            }
            // Dates as the customer's language and country write them.
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
        let text = try run("pdftotext", ["-layout", "FILE", "-"], input: doc.pdf).out
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
        let text = flat(try run("pdftotext", ["-layout", "FILE", "-"], input: doc.pdf).out)
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
        let text = flat(try run("pdftotext", ["-layout", "FILE", "-"], input: doc.pdf).out)
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
        let text = try run("pdftotext", ["-layout", "FILE", "-"], input: pdf.contents).out
        XCTAssertTrue(text.contains("Verhuizing van nummers tussen partners"), text)
        XCTAssertTrue(text.contains("UMZ-2026-0042"), text)
        XCTAssertTrue(text.contains("Akkoord van de nieuwe partner"), text)
        XCTAssertTrue(text.contains("De klant is onbereikbaar zolang de nummers verhuizen"), text)
        XCTAssertEqual(try run("qpdf", ["--check", "FILE"], input: pdf.contents).status, 0)
    }

    func testAccentedLettersSurvive() throws {
        let doc = try XCTUnwrap(try documents().first { $0.json["id"] as? String == "port-2026-012" })
        let text = try run("pdftotext", ["-layout", "FILE", "-"], input: doc.pdf).out
        XCTAssertTrue(text.contains("Friedrichstraße"), text)
        XCTAssertTrue(text.contains("Gewünschter Portierungstermin"))
    }

    /// Any script the document fonts have comes back from pdftotext as written: Polish,
    /// Hungarian, Greek, Cyrillic and Chinese in one holder name.
    func testEveryScriptOfTheFontsSurvives() throws {
        var doc = try XCTUnwrap(try compiledExamples()["acme"]?.porting.first)
        let name = "Łódź Ő 東京 Ελλάδα Москва B.V."
        doc.holder?.name = name
        let text = try run("pdftotext", ["-layout", "FILE", "-"], input: try PortingPDFEmitter.emit(doc).contents).out
        XCTAssertTrue(text.contains(name), text)
    }

    /// Canada: the LOA in English and in French, read back by pdftotext, holds every
    /// field the losing carrier checks, as the JSON has it, with its accents intact:
    /// holder and service address (number before street, as the CSR writes it),
    /// carrier and account, every number block, all numbers on the account, port type,
    /// billing numbers, the dates, the CSR and invoice dates, the price per number, the
    /// two warnings, the authorisation and the signatory.
    func testTheCanadianLOAInEnglishAndFrenchHoldsEveryField() throws {
        let base = try XCTUnwrap(try compiledExamples()["erable-montreal"]?.porting.first)
        let expected: [String: [String]] = [
            "fr": ["Lettre d'autorisation (LOA) de transfert de numéros", "Érable inc.", "1 Rue Sainte-Catherine O, Montréal QC H3B 1A1",
                   "Opérateur actuel Bell", "N° de client / contrat 514-849-0100-001", "Nouvel opérateur Example Telecom B.V.",
                   "Tous les numéros chez (514) 849-0100 – (514) 849-0109 l'opérateur actuel",
                   "Type de transfert partiel (des numéros restent sur le compte)", "Numéro de facturation (BTN) (514) 849-0100",
                   "Nouveau numéro de facturation (514) 849-0105", "Soumise le 2 novembre 2026", "Date de portage souhaitée 16 novembre 2026",
                   "Date la plus proche possible 4 novembre 2026", "Dossier de service client (CSR) du 28 octobre 2026",
                   "Facture du 15 octobre 2026", "29,99 $ par numéro × 4 = 119,96 $", "doivent être actifs",
                   "confirmer que le service a été annulé", "autorise Example Telecom B.V. à agir en son nom", "Marie Tremblay"],
            "en": ["Letter of Authorization (LOA) for number porting", "Érable inc.", "1 Rue Sainte-Catherine O, Montréal QC H3B 1A1",
                   "Losing provider Bell", "Customer / contract no. 514-849-0100-001", "Gaining provider Example Telecom B.V.",
                   "All numbers held at the losing (514) 849-0100 – (514) 849-0109 provider",
                   "Port type partial port (numbers stay on the account)", "Billing number (BTN) (514) 849-0100",
                   "New billing number (514) 849-0105", "Submitted November 2, 2026", "Wanted porting date November 16, 2026",
                   "Earliest possible date November 4, 2026", "Customer service record (CSR) October 28, 2026 dated",
                   "Invoice dated October 15, 2026", "$29.99 per number × 4 = $119.96", "must be active",
                   "confirm that the old service has been cancelled", "The undersigned, authorized for the holder, authorizes Example Telecom B.V. to act as its agent",
                   "Marie Tremblay"],
        ]
        for (language, fields) in expected {
            var doc = base
            doc.language = language
            let pdf = try PortingPDFEmitter.emit(doc).contents
            let text = flat(try run("pdftotext", ["-layout", "FILE", "-"], input: pdf).out)
            for field in fields { XCTAssertTrue(text.contains(field), "\(language): \(field) in \(text)") }
            let locale = DocumentLocale(language: language, country: "CA")
            for block in doc.numbers {
                XCTAssertTrue(text.contains("\(locale.phone(block.first)) \(locale.phone(block.last)) \(block.count)"), "\(language): \(block)")
            }
            XCTAssertFalse(text.contains("mandat"), language)
        }
    }

    /// Belgium: an approved request's execution window runs from the approved date up to
    /// 9 business days after it, 09:00–15:00 — but never past the last day the losing
    /// provider approved (here 27 November, before the 9 business days end on 30
    /// November): the JSON and the PDF say the same window, and it is the one
    /// `porting-executed-date` accepts.
    func testTheBelgianWindowEndsWithTheApprovedWindow() throws {
        let yaml = """
        version: 1
        customer: { id: be-test, name: Boulangerie Dupont SRL, country: BE, timezone: Europe/Brussels, language: fr }
        numbers: ["02 580 50 50 - 02 580 50 59"]
        company: { number: "02 580 50 50", unassigned_numbers: voicemail }
        porting:
          - id: p-be-01
            losing_provider: Proximus
            contract: { account: "0455.123.987", handling: end_at_term }
            holder: { name: Boulangerie Dupont SRL, street: Chaussée d'Ixelles, house_number: "27", postcode: "1050", city: Ixelles, country: BE }
            signatory: { name: Hélène Dupont, email: helene@dupont.example }
            numbers: ["02 580 50 50 - 02 580 50 59"]
            submitted: 2026-11-02
            wanted_date: 2026-11-17
            status: approved
            approved: { first: 2026-11-17, last: 2026-11-27 }
        """
        let (diagnostics, compiled) = compile(yaml)
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.message), [])
        let doc = try XCTUnwrap(compiled?.porting.first)
        XCTAssertEqual(doc.executionWindow?.firstDay, "2026-11-17")
        XCTAssertEqual(doc.executionWindow?.lastDay, "2026-11-27", "the approved last day, not 2026-11-30")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: try PortingJSONEmitter.emit(doc).contents) as? [String: Any])
        let window = try XCTUnwrap(json["execution_window"] as? [String: Any])
        XCTAssertEqual(window["last_day"] as? String, "2026-11-27")
        XCTAssertEqual(window["until_time"] as? String, "15:00")
        let text = flat(try run("pdftotext", ["-layout", "FILE", "-"], input: try PortingPDFEmitter.emit(doc).contents).out)
        XCTAssertTrue(text.contains("du 17 novembre 2026 au 27 novembre 2026, de 09:00 à 15:00 les jours ouvrables"), text)
        XCTAssertTrue(text.contains("Chaussée d'Ixelles 27, 1050 Ixelles Opérateurs"), "no country code on a Belgian address: \(text)")
        // Executing on the computed ninth business day, after the approved window, is refused.
        let late = yaml.replacingOccurrences(of: "status: approved", with: "status: executed\n    executed_on: 2026-11-30")
        XCTAssertTrue(compile(late).diagnostics.contains { $0.rule == "porting-executed-date" })
    }

    /// No word on any document is printed over another (pdftotext's word boxes do not
    /// overlap): long labels such as "Tous les numéros chez l'opérateur actuel" or
    /// "Ondertekend voor de vorige partner door" wrap in their column instead of running
    /// into their value, as they did.
    func testNoWordOverlapsAnotherOnAnyDocument() throws {
        let pdfs = try builtExamples().flatMap(\.files).filter { $0.path.hasSuffix(".pdf") }
        XCTAssertGreaterThanOrEqual(pdfs.count, 6)
        let word = try NSRegularExpression(pattern: #"<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>"#)
        for pdf in pdfs {
            let html = try run("pdftotext", ["-bbox", "FILE", "-"], input: pdf.contents).out
            for page in html.components(separatedBy: "<page ").dropFirst() {
                let range = NSRange(page.startIndex..., in: page)
                let boxes = word.matches(in: page, range: range).map { m -> (x0: Double, y0: Double, x1: Double, y1: Double, text: String) in
                    func group(_ i: Int) -> String { String(page[Range(m.range(at: i), in: page)!]) }
                    return (Double(group(1))!, Double(group(2))!, Double(group(3))!, Double(group(4))!, group(5))
                }
                XCTAssertFalse(boxes.isEmpty, pdf.path)
                for i in boxes.indices {
                    for j in boxes.indices where j > i {
                        let a = boxes[i], b = boxes[j]
                        let overlapX = min(a.x1, b.x1) - max(a.x0, b.x0), overlapY = min(a.y1, b.y1) - max(a.y0, b.y0)
                        XCTAssertFalse(overlapX > 1 && overlapY > 1, "\(pdf.path): \"\(a.text)\" overlaps \"\(b.text)\"")
                    }
                }
            }
        }
    }

    /// Belgium, the United States and Canada publish no list of blocking codes, so the
    /// codes there are pbxc's names for a refusal's reason: the JSON says so
    /// (`code_source: pbxc`), the PDF shows the reason in words and never the name as if
    /// the operator had sent it, and a name pbxc does not have is refused with that
    /// explanation. A Dutch code is the provider's own and is shown as a code.
    func testPbxcNamesForRefusalsAreNeverShownAsTheProvidersCodes() throws {
        func yaml(_ code: String) -> String {
            """
            version: 1
            customer: { id: be-test, name: Friterie Chez Léon SPRL, country: BE, timezone: Europe/Brussels, language: fr }
            numbers: ["02 580 60 60 - 02 580 60 69"]
            company: { number: "02 580 60 60", unassigned_numbers: voicemail }
            porting:
              - id: p-be-02
                losing_provider: Telenet
                contract: { account: "TN-88213", handling: already_ended }
                holder: { name: Friterie Chez Léon SPRL, street: Place Flagey, house_number: "7", postcode: "1050", city: Ixelles }
                numbers: ["02 580 60 60 - 02 580 60 69"]
                submitted: 2026-11-02
                wanted_date: 2026-11-17
                status: blocked
                blocking: { code: \(code), reason: "Le titulaire chez Telenet est « Chez Léon SRL »" }
            """
        }
        let (diagnostics, compiled) = compile(yaml("holder_mismatch"))
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.message), [])
        let doc = try XCTUnwrap(compiled?.porting.first)
        XCTAssertEqual(doc.blocking?.codeSource, "pbxc")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: try PortingJSONEmitter.emit(doc).contents) as? [String: Any])
        XCTAssertEqual((json["blocking"] as? [String: Any])?["code_source"] as? String, "pbxc")
        XCTAssertNil(json["execution_window"], "a blocked request has no execution window until it is requested again")
        let text = flat(try run("pdftotext", ["-layout", "FILE", "-"], input: try PortingPDFEmitter.emit(doc).contents).out)
        XCTAssertTrue(text.contains("Motif du refus les données du titulaire ne correspondent pas à celles de l'opérateur actuel"), text)
        XCTAssertFalse(text.contains("holder_mismatch"), text)
        XCTAssertFalse(text.contains("Code de blocage"), text)

        let unknown = compile(yaml("R12")).diagnostics.first { $0.rule == "porting-blocking-code" }
        XCTAssertTrue(unknown?.message.contains("not one of pbxc's names for a refusal in BE") ?? false, "\(String(describing: unknown))")
        XCTAssertTrue(unknown?.help?.contains("BE has no public list of blocking codes") ?? false)

        let dutch = compile(customer("""
        porting:
          - id: port-1
            losing_provider: KPN
            contract: { account: "1.23456789", handling: end_at_term }
            holder: { name: Test B.V., street: Krijgsman, house_number: "14", postcode: 1186DM, city: Amstelveen }
            numbers: ["+31 88 765 4000 - +31 88 765 4009"]
            submitted: 2026-11-02
            wanted_date: 2026-11-16
            status: blocked
            blocking: { code: "22", reason: NAW wijkt af }
        """))
        XCTAssertEqual(dutch.diagnostics.filter { $0.severity == .error }.map(\.message), [])
        let blocked = try XCTUnwrap(dutch.compiled?.porting.first)
        XCTAssertEqual(blocked.blocking?.codeSource, "losing_provider")
        let dutchText = flat(try run("pdftotext", ["-layout", "FILE", "-"], input: try PortingPDFEmitter.emit(blocked).contents).out)
        XCTAssertTrue(dutchText.contains("Blokkeringscode 22 — naam en adres (NAW) komen niet overeen"), dutchText)
    }
}
