import XCTest
@testable import Validator

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
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}

/// Regression cases for rules rewritten for speed (same findings as before).
final class RuleEdgeCaseTests: XCTestCase {
    func testTwoEntitiesOnAReservedExtensionAreBothReported() {
        let diagnostics = RepositoryChecker.check(text: """
        customer: { id: a, country: NL }
        numbers: ["+31887654000"]
        company: { number: "+31887654000", unassigned_numbers: "+31612345678" }
        users: [{ id: x, name: X, extension: "999" }, { id: y, name: Y, extension: "999" }]
        """, path: "c.yaml")
        XCTAssertEqual(diagnostics.filter { $0.rule == "extension-conflict" }.map(\.location.line), [4, 4])
        XCTAssertEqual(Set(diagnostics.filter { $0.rule == "extension-conflict" }.map(\.location.column)).count, 2)
    }

    func testEmailAndMACEdgeCases() {
        for good in ["a@b.example", "first.last+tag@sub.domain.nl"] { XCTAssertTrue(EmailFormat.isEmail(good), good) }
        for bad in ["jan.acme.example", "a@b", "@b.nl", "a@.nl", "a@b..nl", "a@b.nl.", "a b@c.nl", "a@b@c.nl", "a@b.n"] {
            XCTAssertFalse(EmailFormat.isEmail(bad), bad)
        }
        XCTAssertEqual(MACAddress.normalise("80:5E:C0:12:34:56"), "805ec0123456")
        XCTAssertEqual(MACAddress.normalise("805e.c012.3456"), "805ec0123456")
        XCTAssertNil(MACAddress.normalise("80:5E:C0:12:34"))
        XCTAssertNil(MACAddress.normalise("80:5E:C0:12:34:5G"))
        XCTAssertNil(MACAddress.normalise("80:5E:C0:12:34:56:78"))
    }

    func testExtensionPrefixFindsEveryShorterExtension() {
        let diagnostics = RepositoryChecker.check(text: """
        customer: { id: a, country: NL }
        numbers: ["+31887654000"]
        company: { number: "+31887654000", unassigned_numbers: voicemail }
        users: [{ id: x, name: X, extension: "20" }, { id: y, name: Y, extension: "201" }, { id: z, name: Z, extension: "2019" }, { id: w, name: W, extension: "30" }]
        """, path: "c.yaml")
        XCTAssertEqual(diagnostics.filter { $0.rule == "extension-prefix" }.map(\.message), [
            "extension 20 is the start of extension 201: phones dialling 20 wait for the dial time-out",
            "extension 201 is the start of extension 2019: phones dialling 201 wait for the dial time-out",
        ])
    }
}

final class WeeklyHoursTests: XCTestCase {
    func testDaySpecs() throws {
        XCTAssertEqual(try WeeklyHours.days("mon-fri").get(), [0, 1, 2, 3, 4])
        XCTAssertEqual(try WeeklyHours.days("sat").get(), [5])
        XCTAssertEqual(try WeeklyHours.days("Mon-Wed").get(), [0, 1, 2])
        XCTAssertEqual(try WeeklyHours.days("mon, wed").get(), [0, 2])
        XCTAssertEqual(try WeeklyHours.days("daily").get(), Array(0..<7))
        XCTAssertEqual(try WeeklyHours.days("weekend").get(), [5, 6])
        for bad in ["mon-fry", "fri-mon", "moon", "", "mon-"] {
            XCTAssertThrowsError(try WeeklyHours.days(bad).get(), bad)
        }
    }

    func testSpans() throws {
        XCTAssertEqual(try WeeklyHours.span("08:30-17:30").get().0, 510)
        XCTAssertEqual(try WeeklyHours.span(" 13:00 - 24:00 ").get().1, 1440)
        XCTAssertEqual(WeeklyHours.span("17:30-08:30").failureValue, .endsBeforeStart("17:30-08:30"))
        for bad in ["8:30-17:30", "08:30-17:75", "08:30", "24:01-24:30", "08:30–17:30", "ab:cd-ef:gh"] {
            XCTAssertThrowsError(try WeeklyHours.span(bad).get(), bad)
        }
    }
}

final class NightModeEdgeCaseTests: XCTestCase {
    func testEntityForcedOnWithNowhereToGo() {
        let text = """
        customer: { id: a, country: NL }
        numbers: ["+31887654000"]
        company: { number: "+31887654000", unassigned_numbers: jan, voicemail: false }
        users: [{ id: jan, name: Jan, extension: "201", number: "+31887654000", night_mode: on }]
        """
        let hits = RepositoryChecker.check(text: text, path: "c.yaml").filter { $0.rule == "night-mode-target" }
        XCTAssertEqual(hits.map { "\($0.location.line):\($0.location.column)" }, ["4:85"])
        let fixed = text.replacingOccurrences(of: "night_mode: on", with: "night_mode: { mode: on, to: \"+31612345678\" }")
        XCTAssertEqual(RepositoryChecker.check(text: fixed, path: "c.yaml").filter { $0.rule == "night-mode-target" }.count, 0)
    }
}
