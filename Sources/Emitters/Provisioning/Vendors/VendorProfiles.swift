import Domain

/// What differs per vendor, as data: the files its phones fetch and the values its
/// configuration uses for languages and time zones (pbx-anchors.md §5, vendors'
/// provisioning guides).
public struct VendorProfile: Sendable {
    public var vendor: Vendor
    /// The per-device file, with `{mac}` (lower case) or `{MAC}` (upper case).
    public var deviceFile: String
    /// Files shared by the customer's phones of this vendor.
    public var commonFiles: [String]
    /// Language code (`nl`, `fr`, `de`, `en`) → the vendor's value; English otherwise.
    public var languages: [String: String]
    /// IANA zone → the vendor's name for it, where the vendor uses names.
    public var zoneNames: [String: String]
    /// Model id → the vendor's code for it in shared file names (Yealink's
    /// `y000000000<code>.cfg`).
    public var modelCodes: [String: String] = [:]

    public func fileName(mac: String) -> String {
        deviceFile.replacingOccurrences(of: "{mac}", with: mac.lowercased())
            .replacingOccurrences(of: "{MAC}", with: mac.uppercased())
    }

    public func language(_ code: String) -> String {
        languages[code.lowercased()] ?? languages["en"]!
    }

    public static func of(_ vendor: Vendor) -> VendorProfile {
        switch vendor {
        case .yealink: yealink
        case .snom: snom
        case .poly: poly
        case .grandstream: grandstream
        case .fanvil: fanvil
        case .cisco: cisco
        case .generic: generic
        }
    }

    static let yealink = VendorProfile(
        vendor: .yealink, deviceFile: "{mac}.cfg", commonFiles: [],
        languages: ["nl": "Dutch", "fr": "French", "de": "German", "en": "English"],
        zoneNames: [
            "Europe/Amsterdam": "Netherlands(Amsterdam)", "Europe/Brussels": "Belgium(Brussels)",
            "Europe/Berlin": "Germany(Berlin)", "America/New_York": "United States-Eastern Time",
            "America/Chicago": "United States-Central Time", "America/Denver": "United States-Mountain Time",
            "America/Los_Angeles": "United States-Pacific Time", "America/Toronto": "Canada(Toronto,Ottawa)",
            "America/Vancouver": "Canada(Vancouver)", "America/Edmonton": "Canada(Edmonton,Calgary)",
            "America/Winnipeg": "Canada(Manitoba,Winnipeg)", "America/Halifax": "Canada(Halifax,Saint John)",
        ],
        // provisioning-boot-chains.md: T53W 095, T54W 096, T57W 097, the T46U/T43U
        // family 108; the W73P registers through its W70B base (firmware 146).
        modelCodes: ["yealink-t53w": "095", "yealink-t54w": "096", "yealink-t57w": "097",
                     "yealink-t46u": "108", "yealink-t43u": "108", "yealink-w73p": "146"])

    static let snom = VendorProfile(
        vendor: .snom, deviceFile: "{MAC}.xml", commonFiles: [],
        languages: ["nl": "Nederlands", "fr": "Français", "de": "Deutsch", "en": "English"],
        zoneNames: SnomTimeZones.names)

    static let poly = VendorProfile(
        vendor: .poly, deviceFile: "{mac}-pbxc.cfg", commonFiles: [],
        languages: ["nl": "Dutch_Netherlands", "fr": "French_France", "de": "German_Germany",
                    "en": "English_United_Kingdom"],
        zoneNames: [:])

    static let grandstream = VendorProfile(
        vendor: .grandstream, deviceFile: "cfg{mac}.xml", commonFiles: [],
        languages: ["nl": "nl", "fr": "fr", "de": "de", "en": "en"],
        zoneNames: [:])

    static let fanvil = VendorProfile(
        vendor: .fanvil, deviceFile: "{mac}.cfg", commonFiles: [],
        languages: ["nl": "nl", "fr": "fr", "de": "de", "en": "en"],
        zoneNames: [:])

    static let cisco = VendorProfile(
        vendor: .cisco, deviceFile: "{mac}.xml", commonFiles: [],
        languages: ["nl": "Dutch", "fr": "French", "de": "German", "en": "English-US"],
        zoneNames: [:])

    /// Phones set up by hand get a printable sheet, named after the SIP account.
    static let generic = VendorProfile(
        vendor: .generic, deviceFile: "{endpoint}.html", commonFiles: [],
        languages: ["nl": "Nederlands", "fr": "Français", "de": "Deutsch", "en": "English"],
        zoneNames: [:])
}
