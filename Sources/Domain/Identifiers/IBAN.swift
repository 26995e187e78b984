/// International bank account numbers (ISO 13616): the country's length and the
/// mod-97 check (the first four characters moved to the end, letters as 10–35,
/// remainder 1).
public enum IBAN {
    /// IBAN lengths of the SEPA countries and a few more (SWIFT IBAN registry).
    public static let lengths: [String: Int] = [
        "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
        "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26,
        "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28,
        "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "VA": 22,
    ]

    public enum Problem: Equatable {
        case characters
        case unknownCountry(String)
        case length(country: String, expected: Int, found: Int)
        case checksum
    }

    /// The IBAN without spaces, upper-cased.
    public static func compact(_ text: String) -> String {
        text.filter { $0 != " " }.uppercased()
    }

    public static func problem(_ text: String) -> Problem? {
        let iban = compact(text)
        guard iban.count >= 5, iban.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              iban.prefix(2).allSatisfy(\.isLetter), iban.dropFirst(2).prefix(2).allSatisfy(\.isNumber) else {
            return .characters
        }
        let country = String(iban.prefix(2))
        guard let expected = lengths[country] else { return .unknownCountry(country) }
        guard iban.count == expected else { return .length(country: country, expected: expected, found: iban.count) }
        return mod97(String(iban.dropFirst(4) + iban.prefix(4))) == 1 ? nil : .checksum
    }

    /// The remainder of the number written by `text` (letters as 10–35) divided by 97.
    public static func mod97(_ text: String) -> Int {
        var remainder = 0
        for c in text.uppercased() {
            if let d = c.wholeNumberValue, c.isASCII {
                remainder = (remainder * 10 + d) % 97
            } else if let a = c.asciiValue, a >= 65, a <= 90 {
                remainder = (remainder * 100 + Int(a) - 55) % 97
            }
        }
        return remainder
    }
}
