import Testing
@testable import Validator

/// Check-digit algorithms, on known-good values (published examples) and near misses.
@Suite struct IdentifierTests {
    @Test func ibans() {
        #expect(IBAN.problem("NL91ABNA0417164300") == nil)
        #expect(IBAN.problem("NL91 ABNA 0417 1643 00") == nil)
        #expect(IBAN.problem("BE68539007547034") == nil)
        #expect(IBAN.problem("DE89370400440532013000") == nil)
        #expect(IBAN.problem("NL42BANK0123456789") == .checksum)  // the seed's own example
        #expect(IBAN.problem("NL91ABNA041716430") == .length(country: "NL", expected: 18, found: 17))
        #expect(IBAN.problem("XX91ABNA0417164300") == .unknownCountry("XX"))
    }

    @Test func vatNumbers() {
        #expect(VATNumber.check("NL004495445B01") == .valid)   // 11-test
        #expect(VATNumber.check("NL000099998B57") == .valid)   // mod 97 only
        if case .badCheck = VATNumber.check("NL004495446B01") {} else { Issue.record("NL check") }
        if case .badFormat = VATNumber.check("NL004495445B00") {} else { Issue.record("NL suffix 00") }
        #expect(VATNumber.check("BE0403019261") == .valid)
        #expect(VATNumber.check("BE403019261") == .valid)      // the older 9-digit form
        if case .badCheck = VATNumber.check("BE0403019262") {} else { Issue.record("BE check") }
        #expect(VATNumber.check("DE136695976") == .valid)
        if case .badCheck = VATNumber.check("DE136695977") {} else { Issue.record("DE check") }
        #expect(VATNumber.check("FR40303265045") == .unchecked)
    }

    @Test func postcodes() {
        #expect(Postcode.problem("1186DM", country: "NL") == nil)
        #expect(Postcode.problem("1186 dm", country: "NL") == nil)
        #expect(Postcode.problem("0186DM", country: "NL") != nil)
        #expect(Postcode.problem("1186SS", country: "NL") != nil)
        #expect(Postcode.problem("1050", country: "BE") == nil)
        #expect(Postcode.problem("10117", country: "DE") == nil)
        #expect(Postcode.problem("1011", country: "DE") != nil)
        #expect(Postcode.problem("H3B 1A1", country: "CA") == nil)
        #expect(Postcode.problem("10001-1234", country: "US") == nil)
        #expect(Postcode.problem("anything", country: "FR") == nil)
    }
}
