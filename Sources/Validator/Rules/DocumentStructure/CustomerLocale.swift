import Diagnostics
import Domain
import Foundation
import Parser

/// `customer-locale`: country, time zone and language must be real codes (an
/// addition to the catalog).
enum CustomerLocale: CustomerRule {
    static let description = RuleDescription(
        id: "customer-locale", severity: .error, section: .documentStructure,
        summary: "a country that is not an ISO 3166-1 code, a time zone that is not an IANA name, or an unknown language — beyond",
        rationale: """
        `country` drives number parsing, holidays and porting rules; `timezone` the schedules; `language` \
        the phones and documents. They are checked in `customer` and in `pbxc.yaml`'s `defaults`.
        """,
        bad: [Example.customer("").replacingOccurrences(of: "country: NL", with: "country: NL, timezone: ↓Europe/Amsterdm")],
        good: [Example.customer("").replacingOccurrences(of: "country: NL", with: "country: NL, timezone: Europe/Amsterdam")])

    static let languages = SupportedLanguages.codes

    static func check(_ c: CustomerContext) {
        let info = c.customer.info
        if let country = info?.country, !PhoneNumbers.isKnownCountry(country.value.uppercased()) {
            c.report(description, at: country.location, "`\(country.value)` is not an ISO 3166-1 alpha-2 country code",
                     help: "for example NL, BE, DE, CA or US")
        }
        if let zone = info?.timezone, TimeZone(identifier: zone.value) == nil {
            c.report(description, at: zone.location, "`\(zone.value)` is not an IANA time zone",
                     help: Suggestions.didYouMean(zone.value, in: TimeZone.knownTimeZoneIdentifiers)
                        ?? "for example Europe/Amsterdam")
        }
        if let language = info?.language, !languages.contains(language.value) {
            c.report(description, at: language.location, "pbxc has no language `\(language.value)`",
                     help: Suggestions.didYouMean(language.value, in: languages.sorted()) ?? "use nl, fr, de or en")
        }
    }
}
