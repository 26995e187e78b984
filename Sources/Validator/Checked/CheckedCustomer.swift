import Diagnostics
import Domain
import Parser

/// A customer that passed every rule: the compiler's only input. What the rules
/// guarantee is not optional here, defaults are applied once (time zone, language,
/// policies, timers) and every destination is resolved, so lowering never guesses.
/// Made by `CheckedCustomer(_:)` from a check without errors.
public struct CheckedCustomer: Sendable {
    public var id: String
    public var name: String
    /// ISO country code, upper case; empty when neither the customer nor the
    /// repository names one (allowed when every number is written in E.164).
    public var country: String
    public var timezone: String
    public var language: String
    /// The held numbers of `numbers`, each a single number or a range.
    public var heldRanges: [NumberRange]
    public var company: CheckedCompany
    public var schedules: [CheckedSchedule]
    public var users: [CheckedUser]
    public var huntGroups: [CheckedHuntGroup]
    public var menus: [CheckedMenu]
    public var porting: [CheckedPorting]
    public var orders: [CheckedOrder]
    public var portalUsers: [CheckedPortalUser]
    public var platform: CheckedPlatform
    /// The partner (reseller) of the repository, when `pbxc.yaml` names it.
    public var partner: CheckedPartner?
    /// The repository's product catalog by code.
    public var catalog: [String: CheckedProduct]
    /// "Today" of the run (`--today`), for documents that count from it.
    public var today: LocalDate?

    /// Defaults of the language where neither the customer nor `pbxc.yaml` says.
    public static let defaultTimezone = "UTC"
    public static let defaultLanguage = "en"
    /// What a phone dials to listen to its own mailbox (reserved: no extension may be it).
    public static let voicemailAccessCode = "1233"
}

/// Where a call is sent, resolved: a user, group or menu by id, a mailbox, or an
/// external number in E.164.
public enum CheckedDestination: Sendable, Hashable {
    case user(String)
    case huntGroup(String)
    case menu(String)
    case companyVoicemail
    case userVoicemail(String)
    case external(String)
}

/// The hosted PBX platform the phones register to and fetch from (`pbxc.yaml`).
public struct CheckedPlatform: Sendable {
    public var sipDomain: String?
    public var outboundProxy: String?
    public var provisioningURL: String?
    public var ntpServer: String?
}

/// The partner as `pbxc.yaml` introduces it: the letterhead of every document.
public struct CheckedPartner: Sendable {
    public var id: String?
    public var name: String
    public var address: String?
    public var registration: String?
    public var vat: String?
    public var email: String?
    public var phone: String?
    /// The logo's PNG bytes, as the loader read them.
    public var logoPNG: [UInt8]?

    public init(id: String?, name: String, address: String? = nil, registration: String? = nil, vat: String? = nil,
                email: String? = nil, phone: String? = nil, logoPNG: [UInt8]? = nil) {
        self.id = id
        self.name = name
        self.address = address
        self.registration = registration
        self.vat = vat
        self.email = email
        self.phone = phone
        self.logoPNG = logoPNG
    }
}

/// A product of the catalog, its prices as written (decimal text).
public struct CheckedProduct: Sendable {
    public var code: String
    public var name: String
    public var oneOff: String?
    public var monthly: String?
    public var termMonths: Int?
    public var currency: String?
    /// The order form's module; telephony when the catalog names none.
    public var module: ProductModule
    public var accountType: AccountType?
}
