import CPhoneNumber
import Foundation

/// A phone number as written, parsed by Google's libphonenumber.
public struct PhoneNumber: Sendable, Hashable {
    public enum Kind: Int, Sendable {
        case fixedLine, mobile, fixedLineOrMobile, tollFree, premiumRate, sharedCost, voip, personal, pager,
             uan, voicemail, unknown
    }

    /// The E.164 digits as an integer, for range arithmetic (E.164 has at most 15 digits).
    public var digits: UInt64
    /// `+31887654000` (made when a message needs it).
    public var e164: String { "+\(digits)" }
    /// Number of E.164 digits.
    public var digitCount: Int {
        var n = 1, rest = digits / 10
        while rest > 0 { n += 1; rest /= 10 }
        return n
    }
    public var isValid: Bool
    /// `.unknown` unless parsed with `details: true`.
    public var kind: Kind
    /// The region the number belongs to (`NL`; `ZZ` when unknown); empty for valid
    /// numbers unless parsed with `details: true`.
    public var region: String

    public init(digits: UInt64, isValid: Bool, kind: Kind, region: String) {
        self.digits = digits
        self.isValid = isValid
        self.kind = kind
        self.region = region
    }
}

/// Why a text is not a usable phone number.
public enum PhoneNumberProblem: Error, Sendable, Equatable {
    case needsCountry
    case notANumber
    case invalidCountryCode
    case tooShort
    case tooLong
    case invalid(PhoneNumber)

    /// A message that says what is wrong with `text` and what to do.
    public func message(_ text: String, country: String?) -> String {
        switch self {
        case .needsCountry:
            return "`\(text)` is in national format, but the customer has no country; set `customer.country` or write the number as +<country code>…"
        case .notANumber: return "`\(text)` is not a phone number"
        case .invalidCountryCode: return "`\(text)` starts with an unknown country code"
        case .tooShort: return "`\(text)` is too short to be a phone number"
        case .tooLong: return "`\(text)` is too long to be a phone number"
        case .invalid(let n):
            let place = n.region == "ZZ" || n.region.isEmpty ? (country ?? "its country") : n.region
            let normal = text.filter { !$0.isWhitespace } == n.e164 ? "" : " (\(n.e164))"
            return "`\(text)`\(normal) is not a valid number in \(place): check its length and prefix"
        }
    }
}

/// libphonenumber through the C shim.
public enum PhoneNumbers {
    /// `details` adds the number's type and region (slower: more regex matching).
    ///
    /// A plainly written number (digits, spaces, `-./()`, a leading `+` or the
    /// country's trunk prefix) that is valid is recognised from its digits without
    /// libphonenumber's text normalisation and ICU matching (validity from the digits:
    /// `cphone_is_valid_e164`, libphonenumber's metadata with RE2); everything else, and
    /// every invalid number (for its message), takes the full path. `PhoneNumbersTests`
    /// checks that both paths agree.
    public static func parse(_ text: String, country: String?, details: Bool = false)
        -> Result<PhoneNumber, PhoneNumberProblem> {
        if !details, let digits = plainDigits(text, country: country),
           cphone_is_valid_e164(digits) == 1 {
            return .success(PhoneNumber(digits: digits, isValid: true, kind: .unknown, region: ""))
        }
        return fullParse(text, country: country, details: details)
    }

    /// libphonenumber's own parsing of the text.
    public static func fullParse(_ text: String, country: String?, details: Bool = false)
        -> Result<PhoneNumber, PhoneNumberProblem> {
        var trimmed = text.trimmedSpaces()
        // `00` is the exit code of every country pbxc knows but North America's (011):
        // `0031…` is `+31…` (libphonenumber reads `00` only with a region).
        if trimmed.hasPrefix("00"), country != "US", country != "CA" { trimmed = "+" + trimmed.dropFirst(2) }
        let international = trimmed.hasPrefix("+")
        if !international, country == nil { return .failure(.needsCountry) }
        let result = cphone_parse(trimmed, international ? nil : country, details ? 1 : 0)
        switch result.parse_error {
        case 0: break
        case 1: return .failure(.invalidCountryCode)
        case 3, 4: return .failure(.tooShort)
        case 5: return .failure(.tooLong)
        default: return .failure(.notANumber)
        }
        let e164 = withUnsafeBytes(of: result.e164) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let region = withUnsafeBytes(of: result.region) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let number = PhoneNumber(digits: UInt64(e164.dropFirst()) ?? 0, isValid: result.valid == 1,
                                 kind: PhoneNumber.Kind(rawValue: Int(result.type)) ?? .unknown, region: region)
        return number.isValid ? .success(number) : .failure(.invalid(number))
    }

    /// The E.164 digits a plainly written number stands for — `+31 88 765 4011`, or
    /// national `088-765 4011` with the country's trunk prefix — without validating
    /// it; nil for anything else (letters, `00` prefixes, extensions).
    public static func plainDigits(_ text: String, country: String?) -> UInt64? {
        if let result = text.utf8.withContiguousStorageIfAvailable({ plainDigits(bytes: $0, country: country) }) {
            return result
        }
        return plainDigits(bytes: Array(text.utf8), country: country)
    }

    private static func plainDigits<C: Collection<UInt8>>(bytes: C, country: String?) -> UInt64? {
        var value: UInt64 = 0
        var count = 0
        var international = false
        var leadingZeros = 0  // zeros before the first other digit (trunk or `00` prefix)
        var i = -1
        for byte in bytes {
            i += 1
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if value == 0, byte == UInt8(ascii: "0") { leadingZeros += 1; continue }
                guard count < 15 else { return nil }
                value = value * 10 + UInt64(byte - UInt8(ascii: "0"))
                count += 1
            case UInt8(ascii: "+") where i == 0: international = true
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "/"): continue
            default: return nil
            }
        }
        guard count > 0 else { return nil }
        if international { return leadingZeros == 0 ? value : nil }
        // National format: the country's trunk prefix, then the national number.
        guard let country, let plan = nationalPlan(country) else { return nil }
        switch (plan.prefix, leadingZeros) {
        case ("0", 1), ("", 0): break
        case ("1", 0):  // NANP: a leading 1 is the trunk prefix when 11 digits are written
            if count == 11, value / 10_000_000_000 == 1 { value -= 10_000_000_000; count -= 1 }
        default: return nil
        }
        var scale: UInt64 = 1
        for _ in 0..<count { scale *= 10 }
        let (code, overflow) = UInt64(plan.code).multipliedReportingOverflow(by: scale)
        return overflow ? nil : code + value
    }

    private static let plans = NationalPlans()

    private static func nationalPlan(_ country: String) -> (code: Int, prefix: String)? {
        plans.plan(country)
    }

    /// True when libphonenumber knows the ISO 3166-1 alpha-2 code.
    public static func isKnownCountry(_ code: String) -> Bool {
        code.count == 2 && cphone_is_supported_region(code) == 1
    }
}

/// Country calling codes and trunk prefixes from libphonenumber's metadata, cached.
private final class NationalPlans: @unchecked Sendable {
    private let lock = NSLock()
    private var cache: [String: (code: Int, prefix: String)?] = [:]

    func plan(_ country: String) -> (code: Int, prefix: String)? {
        lock.lock(); defer { lock.unlock() }
        if let known = cache[country] { return known }
        let code = Int(cphone_country_code(country))
        var buffer = [CChar](repeating: 0, count: 8)
        cphone_national_prefix(country, &buffer, buffer.count)
        let prefix = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let plan = code == 0 ? nil : (code, prefix)
        cache[country] = plan
        return plan
    }
}
