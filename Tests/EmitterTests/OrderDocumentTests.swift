import Compiler
import Domain
import Emitters
import Foundation
import TestSupport
import XCTest

/// The order documents: seed 000 §2's order totals €25.00 one-off and €70.00 a
/// month (and the Dutch VAT on them) in the JSON, and in the PDF's text as each
/// language and country writes amounts, dates and postcodes.
final class OrderDocumentTests: XCTestCase {
    func pdftotext(_ pdf: Data) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pbxc-order-\(UUID().uuidString).pdf")
        try pdf.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try tool(["pdftotext", "-layout", file.path, "-"])
        XCTAssertEqual(result.status, 0)
        // Line breaks, page breaks and no-break spaces as plain spaces: wrapping depends on the font.
        return result.out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func testSeedOrderTotals() throws {
        let files = try builtExamples().flatMap(\.files)
        let json = try XCTUnwrap(files.first { $0.path == "acme/orders/co941-4031.json" })
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: json.contents) as? [String: Any])
        let totals = try XCTUnwrap(doc["totals"] as? [String: String])
        XCTAssertEqual(totals, ["one_off": "25.00", "monthly": "70.00", "vat_rate": "21", "one_off_vat": "5.25",
                                "monthly_vat": "14.70", "one_off_including_vat": "30.25", "monthly_including_vat": "84.70"])
        let lines = try XCTUnwrap(doc["lines"] as? [[String: Any]])
        XCTAssertEqual(lines.map { $0["monthly"] as? String }, ["0.00", "60.00", "10.00"])
        XCTAssertNotNil(doc["customer"], "a new customer's export carries the customer")

        let pdf = try XCTUnwrap(files.first { $0.path == "acme/orders/co941-4031.pdf" })
        let text = try pdftotext(pdf.contents)
        for expected in ["€ 25,00", "€ 70,00", "Btw 21%", "€ 5,25", "€ 84,70", "Totaal incl. btw", "NL91ABNA0417164300",
                         "1186 DM", "Example Telecom B.V.", "Prijs eenm."] {
            XCTAssertTrue(text.contains(expected), "\(expected) in \(text)")
        }
        XCTAssertFalse(text.contains("Eenmalig ×"), text)
        XCTAssertFalse(text.contains("pbxc"), "no tool name on a customer document")
        XCTAssertEqual(text.components(separatedBy: " Naam ").count - 1, 1, "one Naam line: \(text)")
    }

    /// One order, rendered in each language and country: amounts, dates, postcodes,
    /// phone numbers and the VAT (none in North America) as a native partner writes them.
    func testEachLanguageWritesAmountsDatesAndPostcodesItsOwnWay() throws {
        let cases: [(language: String, country: String, currency: String, postcode: String, expected: [String], absent: [String])] = [
            ("nl", "NL", "EUR", "3572BJ",
             ["€ 1.250,00", "15 december 2026", "3572 BJ", "Btw 21%", "Totaal incl. btw", "€ 1.512,50", "088 765 4000"], ["$"]),
            ("fr", "BE", "EUR", "1050",
             ["1 250,00 €", "15 décembre 2026", "1050 Ixelles", "TVA 21 %", "Total TVAC", "1 512,50 €", "Total HTVA"], []),
            ("de", "DE", "EUR", "10117",
             ["1.250,00 €", "15. Dezember 2026", "10117 Berlin", "MwSt. 19 %", "1.487,50 €", "Gesamtbetrag"], []),
            ("en", "US", "USD", "10001",
             ["$1,250.00", "December 15, 2026", "1 Main, New York NY 10001", "Total", "Prices exclude applicable sales taxes."], ["incl. VAT", "VAT 2"]),
            ("en", "CA", "CAD", "H3B1A1", ["$1,250.00", "December 15, 2026", "1 Main, Montréal QC H3B 1A1"], ["incl. VAT", "CA$"]),
            ("fr", "CA", "CAD", "H3B1A1", ["1 250,00 $", "15 décembre 2026", "Montréal QC H3B 1A1", "Prix hors taxes applicables."], ["TVAC", "TVA 2"]),
        ]
        let phones = ["NL": "+31887654000", "BE": "+3225805050", "DE": "+493012345678", "US": "+12125550100", "CA": "+15148490105"]
        let cities = ["NL": "Utrecht", "BE": "Ixelles", "DE": "Berlin", "US": "New York", "CA": "Montréal"]
        let provinces = ["US": "NY", "CA": "QC"]  // North American addresses have one (order-address)
        for c in cases {
            // The order as its JSON says it (the IR has no public initialiser).
            var totals: [String: Any] = ["one_off": "1250.00", "monthly": "0.00"]
            if let rate = VATRates.rate(country: c.country) {
                let vat = rate == "21" ? "262.50" : "237.50", incl = rate == "21" ? "1512.50" : "1487.50"
                totals.merge(["vat_rate": rate, "one_off_vat": vat, "monthly_vat": "0.00", "one_off_including_vat": incl,
                              "monthly_including_vat": "0.00"]) { a, _ in a }
            }
            var address: [String: Any] = ["street": "Main", "house_number": "1", "postcode": c.postcode,
                                          "city": cities[c.country]!, "country": c.country]
            if let province = provinces[c.country] { address["province"] = province }
            let json: [String: Any] = [
                "version": 2, "id": "o-1", "for": "new_customer", "status": "draft", "language": c.language,
                "country": c.country, "currency": c.currency, "customer_id": "test", "contract_start": "2026-12-15",
                "term_months": 12, "totals": totals,
                "customer": ["name": "Test", "contact": ["name": "A. Signer", "email": "a@example.com", "phone": phones[c.country]!],
                             "address": address],
                "lines": [["product": "setup", "name": "Setup", "module": "telephony", "quantity": 1, "unit_one_off": "1250.00",
                           "unit_monthly": "0.00", "one_off": "1250.00", "monthly": "0.00"]],
                "modules": [["module": "telephony", "one_off": "1250.00", "monthly": "0.00"]], "accounts": [],
            ]
            let order = try JSONDecoder().decode(OrderDocument.self, from: try JSONSerialization.data(withJSONObject: json))
            let letterhead = Letterhead(name: "Example Telecom B.V.", address: "Stationsplein 12\n3511 ED Utrecht",
                                        registration: "30123456", vat: "NL812345678B01")
            let text = try pdftotext(try OrderPDFEmitter.emit(order, customerName: "Test", letterhead: letterhead).contents)
            let tag = "\(c.language)-\(c.country)"
            XCTAssertTrue(text.contains("Example Telecom B.V. Stationsplein 12 3511 ED Utrecht"), "\(tag): letterhead: \(text)")
            for expected in c.expected { XCTAssertTrue(text.contains(expected), "\(tag): \(expected) in \(text)") }
            for absent in c.absent { XCTAssertFalse(text.contains(absent), "\(tag): no \(absent) in \(text)") }
            XCTAssertFalse(text.contains("pbxc"), tag)
        }
    }

    /// The partner's logo (a PNG) is embedded as an image; qpdf finds the PDF sound.
    func testTheLogoIsEmbedded() throws {
        let files = try builtExamples().flatMap(\.files)
        let pdf = try XCTUnwrap(files.first { $0.path == "acme/orders/co941-4031.pdf" })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pbxc-logo-\(UUID().uuidString).pdf")
        try pdf.contents.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let images = try tool(["pdfimages", "-list", file.path])
        XCTAssertEqual(images.status, 0)
        XCTAssertTrue(images.out.contains("160    48"), images.out)
        XCTAssertEqual(try tool(["qpdf", "--check", file.path]).status, 0)
    }

    /// Seed 000 §2.1: the order form's modules and account types. The example order is
    /// all telephony — a connection fee, 10 Phone Accounts (FlexTelephony Standard) and
    /// 4 Fixed-Mobile Accounts — with the form's subtotal €25.00 / €70.00.
    func testTheSeedOrderHasItsModuleAndAccountTypes() throws {
        let files = try builtExamples().flatMap(\.files)
        let json = try XCTUnwrap(files.first { $0.path == "acme/orders/co941-4031.json" })
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: json.contents) as? [String: Any])
        XCTAssertEqual(doc["version"] as? Int, 2)
        let modules = try XCTUnwrap(doc["modules"] as? [[String: String]])
        XCTAssertEqual(modules, [["module": "telephony", "one_off": "25.00", "monthly": "70.00"]])
        let accounts = try XCTUnwrap(doc["accounts"] as? [[String: Any]])
        XCTAssertEqual(accounts.map { "\($0["type"]!)=\($0["quantity"]!)" }, ["phone=10", "fixed_mobile=4"])
        let lines = try XCTUnwrap(doc["lines"] as? [[String: Any]])
        XCTAssertEqual(lines.map { $0["account_type"] as? String }, [nil, "phone", "fixed_mobile"])

        let pdf = try XCTUnwrap(files.first { $0.path == "acme/orders/co941-4031.pdf" })
        let text = try pdftotext(pdf.contents)
        // Product names whole, never cut with "..." (they were: "FlexTelephony Stand...").
        XCTAssertFalse(text.contains("..."), text)
        for expected in ["FlexTelephony Standard 10", "Telefonie", "Subtotaal € 25,00 € 70,00", "Accounttype Aantal", "Phone Accounts 10",
                         "Fixed-Mobile Accounts 4", "Totaal van de bestelling", "Totaal excl. btw € 25,00 € 70,00"] {
            XCTAssertTrue(text.contains(expected), "\(expected) in \(text)")
        }
    }

    /// An order over several modules, as the form's figure 5 totals several tabs: each
    /// module is its own block with its subtotal, in the form's order (telephony, number
    /// porting, hardware), whatever the order of the lines; pdftoppm renders the page.
    func testAnOrderOverSeveralModulesShowsEachWithItsSubtotal() throws {
        let json: [String: Any] = [
            "version": 2, "id": "o-2", "for": "existing_customer", "status": "draft", "language": "fr", "country": "BE",
            "currency": "EUR", "customer_id": "test", "contract_start": "immediate", "accounts": [["type": "phone", "quantity": 3]],
            "totals": ["one_off": "582.00", "monthly": "18.00"],
            "lines": [
                ["product": "t54w", "name": "Yealink T54W", "module": "hardware", "quantity": 3, "unit_one_off": "189.00",
                 "unit_monthly": "0.00", "one_off": "567.00", "monthly": "0.00"],
                ["product": "std", "name": "FlexTelephony Standard", "module": "telephony", "account_type": "phone", "quantity": 3,
                 "unit_one_off": "0.00", "unit_monthly": "6.00", "one_off": "0.00", "monthly": "18.00"],
                ["product": "port", "name": "Portage de numéros géographiques avec conservation du contrat", "module": "number_porting", "quantity": 1, "unit_one_off": "15.00",
                 "unit_monthly": "0.00", "one_off": "15.00", "monthly": "0.00"],
            ],
            "modules": [["module": "telephony", "one_off": "0.00", "monthly": "18.00"],
                        ["module": "number_porting", "one_off": "15.00", "monthly": "0.00"],
                        ["module": "hardware", "one_off": "567.00", "monthly": "0.00"]],
        ]
        let order = try JSONDecoder().decode(OrderDocument.self, from: try JSONSerialization.data(withJSONObject: json))
        let pdf = try OrderPDFEmitter.emit(order, customerName: "Test").contents
        let text = try pdftotext(pdf)
        let blocks = ["Téléphonie Produit", "Comptes téléphone 3", "Portage de numéros Produit", "Sous-total 15,00 € 0,00 €",
                      "Matériel Produit", "Yealink T54W 3 189,00 €", "Sous-total 567,00 € 0,00 €", "Total de la commande"]
        // A name longer than its column wraps in its cell, whole.
        XCTAssertFalse(text.contains("..."), text)
        for word in ["géographiques", "conservation", "contrat"] { XCTAssertTrue(text.contains(word), "\(word) in \(text)") }
        var rest = Substring(text)
        for block in blocks {
            let found = try XCTUnwrap(rest.range(of: block), "\(block) after the previous block in \(text)")
            rest = rest[found.upperBound...]
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pbxc-order-\(UUID().uuidString)")
        try pdf.write(to: file.appendingPathExtension("pdf"))
        defer {
            try? FileManager.default.removeItem(at: file.appendingPathExtension("pdf"))
            try? FileManager.default.removeItem(at: URL(fileURLWithPath: file.path + "-1.png"))
        }
        XCTAssertEqual(try tool(["pdftoppm", "-r", "40", "-png", "-singlefile", file.path + ".pdf", file.path + "-1"]).status, 0)
        let png = try Data(contentsOf: URL(fileURLWithPath: file.path + "-1.png"))
        XCTAssertTrue(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "pdftoppm rendered a PNG")
    }

    /// Every generated order JSON validates against docs/schemas/order.schema.json with
    /// a real JSON Schema validator (check-jsonschema, over python-jsonschema); an order
    /// whose line names a module the form does not have does not.
    func testEveryOrderJSONMatchesItsSchema() throws {
        let files = try builtExamples().flatMap(\.files).filter { $0.path.hasSuffix(".json") && $0.path.contains("/orders/") }
        XCTAssertFalse(files.isEmpty)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pbxc-order-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (n, file) in files.enumerated() {
            let url = folder.appendingPathComponent("order-\(n).json")
            try file.contents.write(to: url)
            paths.append(url.path)
        }
        let schema = "docs/schemas/order.schema.json"
        let valid = try tool(["check-jsonschema", "--schemafile", schema] + paths)
        XCTAssertEqual(valid.status, 0, valid.out)
        // A North American address carries its province (order-address): the schema,
        // which takes no unknown key, must take the one the order JSON writes.
        let original = String(decoding: files[0].contents, as: UTF8.self)
        XCTAssertTrue(original.contains("\"city\": \"Amstelveen\""), original)
        let withProvince = folder.appendingPathComponent("with-province.json")
        try original.replacingOccurrences(of: "\"city\": \"Amstelveen\"", with: "\"city\": \"Amstelveen\", \"province\": \"QC\"")
            .write(to: withProvince, atomically: true, encoding: .utf8)
        XCTAssertEqual(try tool(["check-jsonschema", "--schemafile", schema, withProvince.path]).status, 0)
        for (spoil, with) in [("\"module\": \"telephony\"", "\"module\": \"fax\""), ("\"type\": \"phone\"", "\"type\": \"pager\""),
                              ("\"one_off\": \"25.00\"", "\"one_off\": 25")] {
            let spoilt = folder.appendingPathComponent("spoilt.json")
            let original = String(decoding: files[0].contents, as: UTF8.self)
            XCTAssertTrue(original.contains(spoil), spoil)
            try original.replacingOccurrences(of: spoil, with: with).write(to: spoilt, atomically: true, encoding: .utf8)
            XCTAssertNotEqual(try tool(["check-jsonschema", "--schemafile", schema, spoilt.path]).status, 0, with)
        }
    }
}
