/// Postcodes of the countries pbxc knows; others are not checked.
public enum Postcode {
    /// What a postcode of `country` looks like, or nil for a country pbxc does not check.
    public static func problem(_ text: String, country: String) -> String? {
        let code = text.uppercased()
        let c = Array(code)
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { $0 < c.count && c[$0].isASCII && c[$0].isNumber } }
        func letters(_ range: Range<Int>) -> Bool { range.allSatisfy { $0 < c.count && c[$0].isASCII && c[$0].isLetter } }
        switch country.uppercased() {
        case "NL":
            let compact = Array(code.filter { $0 != " " })
            guard compact.count == 6, compact[0] != "0", (0..<4).allSatisfy({ compact[$0].isASCII && compact[$0].isNumber }),
                  (4..<6).allSatisfy({ compact[$0].isASCII && compact[$0].isLetter }) else {
                return "4 digits (not starting with 0) and 2 letters, e.g. 1186DM"
            }
            let letterPair = String(compact[4...])
            return ["SA", "SD", "SS"].contains(letterPair) ? "the letters SA, SD and SS are not used" : nil
        case "BE":
            return c.count == 4 && digits(0..<4) && c[0] != "0" ? nil : "4 digits, e.g. 1050"
        case "DE":
            return c.count == 5 && digits(0..<5) ? nil : "5 digits, e.g. 10117"
        case "US":
            return (c.count == 5 && digits(0..<5)) || (c.count == 10 && digits(0..<5) && c[5] == "-" && digits(6..<10))
                ? nil : "5 digits (ZIP) or ZIP+4, e.g. 10001-1234"
        case "CA":
            let compact = Array(code.filter { $0 != " " })
            let ok = compact.count == 6 && (0..<6).allSatisfy { i in
                i % 2 == 0 ? compact[i].isASCII && compact[i].isLetter : compact[i].isASCII && compact[i].isNumber
            }
            return ok ? nil : "letter digit letter, digit letter digit, e.g. H3B 1A1"
        default:
            return nil
        }
    }
}
