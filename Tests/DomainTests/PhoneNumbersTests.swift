import TestSupport
import XCTest
@testable import Domain

/// Numbers are parsed by libphonenumber; the digits fast path must agree with it.
final class PhoneNumbersTests: XCTestCase {
    let cases: [(String, String?)] = [
        ("088 765 4000", "NL"), ("088-7654000", "NL"), ("+31 88 765 4000", nil), ("085 487 9610", "NL"),
        ("020 240 0000", "NL"), ("06 12345678", "NL"), ("+3152400000", "NL"), ("+31524000000", nil),
        ("0524 512 345", "NL"), ("0900 1234567", "NL"), ("1234", "NL"), ("+31 6 1234567", nil),
        ("02 580 50 50", "BE"), ("+32 2 580 50 59", nil), ("025805050", "BE"), ("0470 12 34 56", "BE"),
        ("+49 30 2345670", nil), ("030 2345671", "DE"), ("0151 23456789", "DE"), ("+49 30 1", nil),
        ("+1 514 555 0100", nil), ("(514) 555-0100", "CA"), ("1 212 555 0100", "US"), ("212-555-0100", "US"),
        ("+1 800 555 0199", nil), ("+44 20 7946 0018", nil), ("+999 123", nil), ("0031 88 765 4000", "NL"),
        ("+31 088 765 4000", nil), ("not a number", "NL"), ("+39 06 1234 5678", nil),
    ]

    func testFastPathAgreesWithLibphonenumber() {
        for (text, country) in cases {
            let fast = PhoneNumbers.parse(text, country: country)
            let full = PhoneNumbers.fullParse(text, country: country)
            switch (fast, full) {
            case (.success(let a), .success(let b)):
                XCTAssertEqual(a.e164, b.e164, text)
                XCTAssertEqual(a.digits, b.digits, text)
            case (.failure(let a), .failure(let b)):
                XCTAssertEqual(a, b, text)
            default:
                XCTFail("\(text): fast \(fast) but libphonenumber \(full)")
            }
        }
    }

    func testSeedFacts() throws {
        // Facts of shared/seeds/README.md, checked with libphonenumber.
        XCTAssertEqual(try PhoneNumbers.parse("025805050", country: "BE").get().e164, "+3225805050")
        XCTAssertEqual(try PhoneNumbers.parse("088 765 4000", country: "NL").get().e164, "+31887654000")
        XCTAssertThrowsError(try PhoneNumbers.parse("+3152400000", country: "NL").get())
        XCTAssertEqual(PhoneNumbers.parse("1234", country: nil).failureValue, .needsCountry)
        XCTAssertEqual(try PhoneNumbers.parse("088 765 4000", country: "NL", details: true).get().kind, .uan)
    }

    /// The international exit code `00` is read as `+` (with or without a country), so
    /// numbers dialled or written as `0031…` are the same as `+31…`.
    func testZeroZeroForm() throws {
        XCTAssertEqual(try PhoneNumbers.parse("0031 88 765 4000", country: "NL").get().e164, "+31887654000")
        XCTAssertEqual(try PhoneNumbers.parse("0031887654000", country: nil).get().e164, "+31887654000")
        XCTAssertEqual(try PhoneNumbers.parse("004930123456", country: "NL").get().e164, "+4930123456")
        XCTAssertEqual(try PhoneNumbers.parse("0032 2 580 50 50", country: "DE").get().e164, "+3225805050")
    }
}
