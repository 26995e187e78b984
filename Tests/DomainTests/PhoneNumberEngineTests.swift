import CPhoneNumber
import TestSupport
import XCTest

/// `cphone_is_valid_e164` decides validity from libphonenumber's metadata with RE2
/// (numbering_plans.cpp); it must give libphonenumber's own IsValidNumber answer for
/// every number, in every country, not only the five pbxc's customers live in.
final class PhoneNumberEngineTests: XCTestCase {
    /// SplitMix64: the same numbers on every run, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    /// `count` national numbers of 4-14 digits (no leading 0) after `code`; plus, for
    /// each valid one, a neighbour differing in one digit, so that the numbers near the
    /// edges of the patterns are covered too.
    func numbers(code: Int, count: Int, random: inout Generator) -> [UInt64] {
        var result: [UInt64] = []
        for _ in 0..<count {
            var digits = String(code)
            digits.append(String(1 + random.below(9)))
            for _ in 0..<(3 + random.below(11)) { digits.append(String(random.below(10))) }
            guard let number = UInt64(digits) else { continue }
            result.append(number)
            if cphone_is_valid_e164_reference(number) == 1 {
                var neighbour = Array(digits.utf8)
                let at = String(code).count + 1 + random.below(neighbour.count - String(code).count - 1)
                neighbour[at] = UInt8(ascii: "0") + UInt8(random.below(10))
                result.append(UInt64(String(decoding: neighbour, as: UTF8.self))!)
            }
        }
        return result
    }

    func agree(_ numbers: [UInt64], file: StaticString = #filePath, line: UInt = #line) -> (valid: Int, total: Int) {
        var valid = 0
        var mismatches: [String] = []
        for number in numbers {
            let expected = cphone_is_valid_e164_reference(number)
            if cphone_is_valid_e164(number) != expected { mismatches.append("+\(number) (libphonenumber: \(expected))") }
            if expected == 1 { valid += 1 }
        }
        XCTAssert(mismatches.isEmpty, "\(mismatches.count) disagree, e.g. \(mismatches.prefix(10))", file: file, line: line)
        return (valid, numbers.count)
    }

    func testAgreesWithLibphonenumberWhereCustomersLive() {
        var random = Generator(state: 2026)
        // NL, BE, DE, and +1 (the US, Canada and 23 more regions told apart by leading digits).
        for code in [31, 32, 49, 1] {
            XCTAssertEqual(cphone_has_plan(Int32(code)), 1, "+\(code) is answered by libphonenumber, not a plan")
            let (valid, total) = agree(numbers(code: code, count: 20_000, random: &random))
            // Random digits are valid often enough for the patterns' accepting side to be tested.
            XCTAssertGreaterThan(valid, total / 20, "+\(code): only \(valid) of \(total) valid")
        }
    }

    func testAgreesWithLibphonenumberForEveryCallingCode() {
        var random = Generator(state: 7)
        var planned = 0
        for code in 1..<1000 {
            planned += Int(cphone_has_plan(Int32(code)))
            _ = agree(numbers(code: code, count: 60, random: &random))
        }
        // Nearly every code has a plan; the rest (non-geographic entities) go to libphonenumber.
        XCTAssertGreaterThan(planned, 200)
    }

    func testWhatTheDigitsCannotSay() {
        XCTAssertEqual(cphone_is_valid_e164(3_102_012_345_678), -1, "national part starting with 0")
        XCTAssertEqual(cphone_is_valid_e164(999_123_456), -1, "no such calling code")
        XCTAssertEqual(cphone_is_valid_e164(31_887_654_000), 1)
        XCTAssertEqual(cphone_is_valid_e164(3_188_765_400), 0)
    }
}
