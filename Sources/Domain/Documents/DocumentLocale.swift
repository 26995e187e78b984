import CPhoneNumber
import Foundation

/// How a customer's documents and pages write amounts, dates, postcodes and phone
/// numbers: by the customer's language and country (nl-NL, nl-BE, fr-BE, fr-CA, de-DE,
/// en-CA, en-US …). The patterns are written out here as data rather than taken from
/// Foundation's formatters: on Linux those come from the ICU that swift-corelibs
/// bundles, whose output changes between ICU releases (narrow no-break spaces in
/// French, "EUR" or "€", the French "1er"), and a document must not change with the
/// toolchain. Separators that must not break a line are U+00A0 (no-break space).
public struct DocumentLocale: Sendable, Equatable {
    /// `nl`, `fr`, `de`, `en`; any other language is written as English.
    public var language: String
    /// ISO 3166-1 alpha-2, upper case; may be empty.
    public var country: String

    public static let noBreakSpace = "\u{00A0}"

    public init(language: String, country: String) {
        self.language = Self.languages.contains(language) ? language : "en"
        self.country = country.uppercased()
    }

    public static let languages: Set<String> = ["nl", "fr", "de", "en"]

    /// `nl-BE`.
    public var tag: String { country.isEmpty ? language : "\(language)-\(country)" }

    // MARK: Amounts

    /// How one locale writes an amount: the separators and where the symbol goes.
    struct AmountStyle {
        var decimal: Character
        var group: String
        /// "€ 25,00" (Dutch), "$25.00" (English) before; "25,00 €" (French, German) after.
        var symbolFirst: Bool
        /// Between symbol and number.
        var gap: String
    }

    var amountStyle: AmountStyle {
        let nbsp = Self.noBreakSpace
        switch language {
        case "nl": return AmountStyle(decimal: ",", group: ".", symbolFirst: true, gap: nbsp)
        // French groups thousands with a (narrow) no-break space; the plain one prints in every font.
        case "fr": return AmountStyle(decimal: ",", group: nbsp, symbolFirst: false, gap: nbsp)
        case "de": return AmountStyle(decimal: ",", group: ".", symbolFirst: false, gap: nbsp)
        default: return AmountStyle(decimal: ".", group: ",", symbolFirst: true, gap: "")
        }
    }

    /// The symbol of `currency` for this country: `$` for the country's own dollar,
    /// `US$`/`CA$` for another's, the ISO code for currencies pbxc has no symbol for.
    public func symbol(_ currency: String) -> String {
        switch currency.uppercased() {
        case "EUR": return "€"
        case "GBP": return "£"
        case "USD": return country == "US" ? "$" : "US$"
        case "CAD": return country == "CA" ? "$" : "CA$"
        case let code: return code
        }
    }

    /// `amount` (decimal text with a dot, as in the JSON: "1250.00", "-3.5") in
    /// `currency`: "€ 1.250,00" (nl), "1 250,00 €" (fr), "1.250,00 €" (de),
    /// "$1,250.00" (en-US), "1 250,00 $" (fr-CA). Always two decimals.
    public func amount(_ amount: String, currency: String) -> String {
        let style = amountStyle
        var text = amount.trimmingCharacters(in: .whitespaces)
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts.first.map(String.init).flatMap { $0.isEmpty ? nil : $0 } ?? "0"
        var cents = parts.count > 1 ? String(parts[1]) : ""
        cents = String((cents + "00").prefix(2))
        var grouped = ""
        for (i, digit) in whole.reversed().enumerated() {
            if i > 0, i % 3 == 0 { grouped = style.group + grouped }
            grouped = String(digit) + grouped
        }
        let number = (negative ? "-" : "") + grouped + String(style.decimal) + cents
        let symbol = symbol(currency)
        let code = symbol.count == 3 && symbol.allSatisfy(\.isLetter)
        // An ISO code is always set apart by a space.
        let gap = code ? Self.noBreakSpace : style.gap
        return style.symbolFirst ? symbol + gap + number : number + Self.noBreakSpace + symbol
    }

    /// A percentage: "21%" (en), "21 %" (fr, de), "21%" (nl).
    public func percent(_ value: String) -> String {
        let number = language == "en" ? value : value.replacingOccurrences(of: ".", with: ",")
        return language == "fr" || language == "de" ? number + Self.noBreakSpace + "%" : number + "%"
    }

    // MARK: Dates

    static let months: [String: [String]] = [
        "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
               "november", "december"],
        "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
               "novembre", "décembre"],
        "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
               "November", "Dezember"],
        "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"],
    ]

    /// `2026-12-15` as "15 december 2026" (nl), "15 décembre 2026" / "1er décembre 2026"
    /// (fr), "15. Dezember 2026" (de), "December 15, 2026" (en-US, en-CA) or
    /// "15 December 2026" (English elsewhere). Text that is not such a date is returned
    /// as it is.
    public func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
              let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day) else { return iso }
        let name = Self.months[language]![month - 1]
        let s = Self.noBreakSpace
        switch language {
        case "nl": return "\(day)\(s)\(name) \(year)"
        case "fr": return "\(day == 1 ? "1er" : String(day))\(s)\(name) \(year)"
        case "de": return "\(day).\(s)\(name) \(year)"
        default: return country == "US" || country == "CA" ? "\(name)\(s)\(day), \(year)" : "\(day)\(s)\(name) \(year)"
        }
    }

    // MARK: Postcodes and phone numbers

    /// A postcode as the post writes it in `country` (the address's country, else
    /// this one's): "3572 BJ" (NL), "H3B 1A1" (CA); other countries as written.
    public func postcode(_ text: String, country addressCountry: String? = nil) -> String {
        let compact = text.uppercased().filter { !$0.isWhitespace }
        switch (addressCountry ?? country).uppercased() {
        case "NL" where compact.count == 6: return compact.prefix(4) + " " + compact.suffix(2)
        case "CA" where compact.count == 6: return compact.prefix(3) + " " + compact.suffix(3)
        default: return text
        }
    }

    /// An address on one line as its country's post writes it: street and number,
    /// then postcode and city in Europe ("Krijgsman 14, 1186 DM Amstelveen"); number
    /// and street, then city, province or state and postcode in North America ("250
    /// Queen St W, Toronto ON M5V 2A1"). The country follows only when it is not the
    /// document's own.
    public func address(street: String?, houseNumber: String?, postcode: String?, city: String?, region: String? = nil,
                        country addressCountry: String?) -> String {
        let where_ = (addressCountry ?? country).uppercased()
        let northAmerican = where_ == "US" || where_ == "CA"
        let code = postcode.map { self.postcode($0, country: where_) }
        let streetLine = (northAmerican ? [houseNumber, street] : [street, houseNumber]).compactMap { $0 }
            .filter { !$0.isEmpty }.joined(separator: " ")
        let cityLine = (northAmerican ? [city, region, code] : [code, city, region]).compactMap { $0 }.filter { !$0.isEmpty }
            .joined(separator: " ")
        let foreign = addressCountry.map { $0.uppercased() == country ? "" : $0 } ?? ""
        return [streetLine, cityLine, foreign].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// A number in E.164 (`+31887654000`) as people in this country write it: the
    /// national format for a number of this country ("088 765 4000"), the
    /// international one for any other ("+32 2 580 50 50"), by libphonenumber's
    /// formatter. Text that is not E.164 is returned as it is.
    public func phone(_ e164: String) -> String {
        guard e164.hasPrefix("+"), e164.count > 2, let digits = UInt64(e164.dropFirst()) else { return e164 }
        var buffer = [CChar](repeating: 0, count: 64)
        guard cphone_format(digits, country, &buffer, buffer.count) == 0 else { return e164 }
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.isEmpty ? e164 : text
    }
}

/// The standard VAT rate a document of a country shows, as data: NL 21%, BE 21%,
/// DE 19%. The United States and Canada have no national VAT on the document (sales
/// taxes and GST/HST depend on the state or province): none unless configured.
public enum VATRates {
    public static let standard: [String: String] = ["NL": "21", "BE": "21", "DE": "19", "FR": "20", "LU": "17", "AT": "20"]

    /// The rate in percent as decimal text ("21"), or nil when the document shows no VAT.
    public static func rate(country: String) -> String? { standard[country.uppercased()] }
}
