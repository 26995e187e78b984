import TestSupport
import XCTest
@testable import Domain

/// Check-digit algorithms, on known-good values (published examples) and near misses.
final class IdentifierTests: XCTestCase {
    func testIbans() {
        XCTAssertNil(IBAN.problem("NL91ABNA0417164300"))
        XCTAssertNil(IBAN.problem("NL91 ABNA 0417 1643 00"))
        XCTAssertNil(IBAN.problem("BE68539007547034"))
        XCTAssertNil(IBAN.problem("DE89370400440532013000"))
        XCTAssertEqual(IBAN.problem("NL42BANK0123456789"), .checksum)  // the seed's own example
        XCTAssertEqual(IBAN.problem("NL91ABNA041716430"), .length(country: "NL", expected: 18, found: 17))
        XCTAssertEqual(IBAN.problem("XX91ABNA0417164300"), .unknownCountry("XX"))
    }

    func testVatNumbers() {
        XCTAssertEqual(VATNumber.check("NL004495445B01"), .valid)   // 11-test
        XCTAssertEqual(VATNumber.check("NL000099998B57"), .valid)   // mod 97 only
        if case .badCheck = VATNumber.check("NL004495446B01") {} else { XCTFail("NL check") }
        if case .badFormat = VATNumber.check("NL004495445B00") {} else { XCTFail("NL suffix 00") }
        XCTAssertEqual(VATNumber.check("BE0403019261"), .valid)
        XCTAssertEqual(VATNumber.check("BE403019261"), .valid)      // the older 9-digit form
        if case .badCheck = VATNumber.check("BE0403019262") {} else { XCTFail("BE check") }
        XCTAssertEqual(VATNumber.check("DE136695976"), .valid)
        if case .badCheck = VATNumber.check("DE136695977") {} else { XCTFail("DE check") }
        XCTAssertEqual(VATNumber.check("FR40303265045"), .unchecked)
    }

    func testPostcodes() {
        XCTAssertNil(Postcode.problem("1186DM", country: "NL"))
        XCTAssertNil(Postcode.problem("1186 dm", country: "NL"))
        XCTAssertNotNil(Postcode.problem("0186DM", country: "NL"))
        XCTAssertNotNil(Postcode.problem("1186SS", country: "NL"))
        XCTAssertNil(Postcode.problem("1050", country: "BE"))
        XCTAssertNil(Postcode.problem("10117", country: "DE"))
        XCTAssertNotNil(Postcode.problem("1011", country: "DE"))
        XCTAssertNil(Postcode.problem("H3B 1A1", country: "CA"))
        XCTAssertNil(Postcode.problem("10001-1234", country: "US"))
        XCTAssertNil(Postcode.problem("anything", country: "FR"))
    }
}
