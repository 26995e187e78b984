/// VAT identification numbers of the countries pbxc knows the check of.
public enum VATNumber {
    public enum Verdict: Equatable {
        case valid
        case badFormat(String)
        case badCheck(String)
        /// A country whose check pbxc does not know: only the general shape is checked.
        case unchecked
    }

    public static func check(_ text: String) -> Verdict {
        let id = text.filter { $0 != " " && $0 != "." && $0 != "-" }.uppercased()
        let country = String(id.prefix(2)), rest = String(id.dropFirst(2))
        switch country {
        case "NL": return dutch(id, rest)
        case "BE": return belgian(rest)
        case "DE": return german(rest)
        default:
            let shaped = id.count >= 4 && id.count <= 14 && id.prefix(2).allSatisfy(\.isLetter)
                && rest.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            return shaped ? .unchecked : .badFormat("a country code and 2–12 letters or digits")
        }
    }

    /// `NL` + 9 digits + `B` + 2 digits (not `00`); valid when the 11-test on the 9
    /// digits holds (the older numbers) or mod 97 over the whole id is 1 (sole traders
    /// since 2020): one check alone rejects real ids.
    static func dutch(_ id: String, _ rest: String) -> Verdict {
        let chars = Array(rest)
        guard chars.count == 12, chars[9] == "B", chars[..<9].allSatisfy(\.isNumber),
              chars[10...].allSatisfy(\.isNumber), String(chars[10...]) != "00" else {
            return .badFormat("`NL`, 9 digits, `B` and 2 digits (not 00)")
        }
        let digits = chars[..<9].compactMap(\.wholeNumberValue)
        let sum = (0..<8).reduce(0) { $0 + digits[$1] * (9 - $1) }
        let elevenTest = sum % 11 == digits[8]
        return elevenTest || IBAN.mod97(id) == 1 ? .valid : .badCheck("neither the 11-test nor mod 97 holds")
    }

    /// `BE` + 10 digits (the enterprise number, first digit 0 or 1): the last two are
    /// 97 minus the first eight mod 97. The older 9-digit form is the same number
    /// without its leading 0.
    static func belgian(_ written: String) -> Verdict {
        let rest = written.count == 9 ? "0" + written : written
        let digits = rest.compactMap(\.wholeNumberValue)
        guard rest.count == 10, digits.count == 10, digits[0] <= 1 else { return .badFormat("`BE` and 10 digits starting with 0 or 1") }
        let first = digits[..<8].reduce(0) { $0 * 10 + $1 }
        let check = digits[8] * 10 + digits[9]
        return 97 - first % 97 == check ? .valid : .badCheck("mod 97 does not hold")
    }

    /// `DE` + 9 digits, first not 0; the last is the ISO 7064 MOD 11,10 check digit.
    static func german(_ rest: String) -> Verdict {
        let digits = rest.compactMap(\.wholeNumberValue)
        guard rest.count == 9, digits.count == 9, digits[0] != 0 else { return .badFormat("`DE` and 9 digits, not starting with 0") }
        var product = 10
        for d in digits[..<8] {
            var sum = (d + product) % 10
            if sum == 0 { sum = 10 }
            product = (2 * sum) % 11
        }
        return (11 - product) % 10 == digits[8] ? .valid : .badCheck("the ISO 7064 MOD 11,10 check digit does not match")
    }
}
