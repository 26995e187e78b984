import Domain
import XCTest

/// Amounts, dates, postcodes and phone numbers as each language and country writes
/// them, table-driven. Expected texts are written with plain spaces; the formatter's
/// no-break spaces are compared as spaces.
final class DocumentLocaleTests: XCTestCase {
    func plain(_ text: String) -> String { text.replacingOccurrences(of: DocumentLocale.noBreakSpace, with: " ") }

    func testAmounts() {
        let cases: [(String, String, String, String, String)] = [
            ("nl", "NL", "25.00", "EUR", "€ 25,00"),
            ("nl", "BE", "1250.5", "EUR", "€ 1.250,50"),
            ("fr", "BE", "25.00", "EUR", "25,00 €"),
            ("fr", "BE", "1234567.89", "EUR", "1 234 567,89 €"),
            ("de", "DE", "25", "EUR", "25,00 €"),
            ("de", "DE", "1250.00", "EUR", "1.250,00 €"),
            ("en", "US", "25.00", "USD", "$25.00"),
            ("en", "CA", "1250.00", "CAD", "$1,250.00"),
            ("en", "US", "25.00", "CAD", "CA$25.00"),
            ("fr", "CA", "25.00", "CAD", "25,00 $"),
            ("fr", "CA", "119.96", "CAD", "119,96 $"),
            ("en", "NL", "25.00", "EUR", "€25.00"),
            ("nl", "NL", "-3.5", "EUR", "€ -3,50"),
            ("en", "GB", "7.00", "CHF", "CHF 7.00"),
            ("xx", "NL", "7.00", "EUR", "€7.00"),
        ]
        for (language, country, amount, currency, expected) in cases {
            let locale = DocumentLocale(language: language, country: country)
            XCTAssertEqual(plain(locale.amount(amount, currency: currency)), expected, "\(locale.tag) \(amount) \(currency)")
        }
    }

    func testDates() {
        let cases: [(String, String, String, String)] = [
            ("nl", "NL", "2026-12-15", "15 december 2026"),
            ("nl", "BE", "2026-03-01", "1 maart 2026"),
            ("fr", "BE", "2026-12-15", "15 décembre 2026"),
            ("fr", "CA", "2026-02-01", "1er février 2026"),
            ("de", "DE", "2026-12-15", "15. Dezember 2026"),
            ("de", "DE", "2026-03-05", "5. März 2026"),
            ("en", "US", "2026-12-15", "December 15, 2026"),
            ("en", "CA", "2026-07-01", "July 1, 2026"),
            ("en", "GB", "2026-12-15", "15 December 2026"),
            ("nl", "NL", "immediate", "immediate"),
            ("nl", "NL", "2026-13-01", "2026-13-01"),
        ]
        for (language, country, iso, expected) in cases {
            XCTAssertEqual(plain(DocumentLocale(language: language, country: country).date(iso)), expected, "\(language)-\(country) \(iso)")
        }
    }

    func testPostcodes() {
        let nl = DocumentLocale(language: "nl", country: "NL")
        XCTAssertEqual(nl.postcode("3572BJ"), "3572 BJ")
        XCTAssertEqual(nl.postcode("3572 bj"), "3572 BJ")
        XCTAssertEqual(nl.postcode("1050", country: "BE"), "1050")
        XCTAssertEqual(DocumentLocale(language: "fr", country: "CA").postcode("h3b1a1"), "H3B 1A1")
        XCTAssertEqual(DocumentLocale(language: "de", country: "DE").postcode("10117"), "10117")
        XCTAssertEqual(DocumentLocale(language: "en", country: "US").postcode("10001-1234"), "10001-1234")
    }

    func testPhoneNumbersInNationalGrouping() {
        let cases: [(String, String, String)] = [
            ("NL", "+31887654000", "088 765 4000"),
            ("NL", "+31612345678", "06 12345678"),
            ("BE", "+3225805050", "02 580 50 50"),
            ("DE", "+493012345678", "030 12345678"),
            ("US", "+12125550100", "(212) 555-0100"),
            ("CA", "+15148490105", "(514) 849-0105"),
            ("NL", "+3225805050", "+32 2 580 50 50"),
            ("NL", "not a number", "not a number"),
        ]
        for (country, e164, expected) in cases {
            XCTAssertEqual(DocumentLocale(language: "en", country: country).phone(e164), expected, "\(country) \(e164)")
        }
    }

    func testVATRatesAreData() {
        XCTAssertEqual(VATRates.rate(country: "NL"), "21")
        XCTAssertEqual(VATRates.rate(country: "be"), "21")
        XCTAssertEqual(VATRates.rate(country: "DE"), "19")
        XCTAssertNil(VATRates.rate(country: "US"))
        XCTAssertNil(VATRates.rate(country: "CA"))
    }

    func testPercent() {
        XCTAssertEqual(plain(DocumentLocale(language: "fr", country: "BE").percent("21")), "21 %")
        XCTAssertEqual(DocumentLocale(language: "nl", country: "NL").percent("21"), "21%")
        XCTAssertEqual(plain(DocumentLocale(language: "de", country: "DE").percent("19")), "19 %")
    }

    /// Addresses the post's way: European street then number, postcode then city; North
    /// American number then street, city, province and postcode; the country only when
    /// it is not the document's (a Canadian LOA once read "Queen St W 250, M5V 2A1 Toronto").
    func testAddressesAreWrittenThePostsWay() {
        let nl = DocumentLocale(language: "nl", country: "NL"), ca = DocumentLocale(language: "en", country: "CA")
        XCTAssertEqual(nl.address(street: "Krijgsman", houseNumber: "14", postcode: "1186DM", city: "Amstelveen", country: "NL"),
                       "Krijgsman 14, 1186 DM Amstelveen")
        XCTAssertEqual(nl.address(street: "Avenue Louise", houseNumber: "231", postcode: "1050", city: "Ixelles", country: "BE"),
                       "Avenue Louise 231, 1050 Ixelles, BE")
        XCTAssertEqual(ca.address(street: "Queen St W", houseNumber: "250", postcode: "M5V2A1", city: "Toronto", region: "ON",
                                  country: nil), "250 Queen St W, Toronto ON M5V 2A1")
        XCTAssertEqual(DocumentLocale(language: "en", country: "US")
            .address(street: "Main St", houseNumber: "1", postcode: "10001", city: "New York", region: "NY", country: "US"),
                       "1 Main St, New York NY 10001")
    }
}
