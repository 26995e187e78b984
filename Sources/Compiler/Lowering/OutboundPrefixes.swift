import Domain
import Parser

/// The dialled prefixes of each outbound barring class (seed 004 §6.4.3), per country:
/// what a user of that country dials nationally, in E.164 (`+CC…`) and with the
/// international exit code (`00CC…`, `011CC…` in North America): a class is barred in
/// every form a phone can dial it. Where a country's plan
/// has no such class (mobile numbers in North America share area codes with fixed
/// lines), the class has no prefixes and bars nothing; docs/decisions.md says so.
enum OutboundPrefixes {
    static func barred(_ barring: OutboundBarring, country: String) -> BarredClass {
        let code = countryCodes[country] ?? ""
        let nanp = country == "US" || country == "CA"
        let trunk = nanp ? "1" : "0"
        let exit = nanp ? "011" : "00"
        /// A national significant prefix in its international forms.
        func international(_ prefix: String) -> [String] {
            code.isEmpty ? [] : ["+" + code + prefix, exit + code + prefix]
        }
        switch barring {
        case .international:
            // A call home in international form (`+31…`, `0031…`) is not international.
            return BarredClass(name: barring.rawValue, prefixes: [exit, "+"], except: international(""))
        case .mobile:
            let mobile = mobilePrefixes[country] ?? []
            return BarredClass(name: barring.rawValue, prefixes: mobile.map { trunk + $0 } + mobile.flatMap(international),
                               except: [])
        case .premium0900, .adult0906, .entertainment0909:
            let series = String(barring.rawValue.dropFirst())  // "900", "906", "909"
            if country == "US" || country == "CA" {
                // NANP premium services are 1-900 only.
                return BarredClass(name: barring.rawValue, prefixes: series == "900" ? ["1900", "+1900", "0111900"] : [],
                                   except: [])
            }
            return BarredClass(name: barring.rawValue, prefixes: ["0" + series] + international(series), except: [])
        }
    }

    static let countryCodes = ["NL": "31", "BE": "32", "DE": "49", "US": "1", "CA": "1"]

    /// National significant prefixes of mobile numbers.
    static let mobilePrefixes: [String: [String]] = [
        "NL": ["6"],
        "BE": ["46", "47", "48", "49"],
        "DE": ["15", "16", "17"],
    ]
}
