import Diagnostics

/// `pbxc.yaml` at the repository root: platform, partner, defaults, product catalog.
public struct RepositoryConfig: Sendable {
    public var file: FileID?
    public var version: Located<Int>?
    public var platform: Platform?
    public var partner: Partner?
    public var defaults: Defaults
    public var catalog: [Product]
    /// Where passwords may be read from (`secrets`, SecretSources.swift).
    public var secrets = SecretSources()

    public init(file: FileID? = nil, version: Located<Int>? = nil, platform: Platform? = nil,
                partner: Partner? = nil, defaults: Defaults = Defaults(), catalog: [Product] = []) {
        self.file = file
        self.version = version
        self.platform = platform
        self.partner = partner
        self.defaults = defaults
        self.catalog = catalog
    }

    public struct Platform: Sendable {
        public var sipDomain: LString?
        public var outboundProxy: LString?
        public var provisioningURL: LString?
        public var ntpServer: LString?
        public var serving: Serving?

        public init(sipDomain: LString? = nil, outboundProxy: LString? = nil, provisioningURL: LString? = nil,
                    ntpServer: LString? = nil, serving: Serving? = nil) {
            self.sipDomain = sipDomain
            self.outboundProxy = outboundProxy
            self.provisioningURL = provisioningURL
            self.ntpServer = ntpServer
            self.serving = serving
        }
    }

    /// `platform.serving`: the nginx server block for the provisioning files. Paths
    /// are absolute and of plain characters (checked when read: they are written into
    /// nginx's configuration).
    public struct Serving: Sendable {
        public var outputFolder: LString?
        public var listen: LString?
        public var tlsCertificate: LString?
        public var tlsCertificateKey: LString?
        public var location: SourceLocation

        public init(outputFolder: LString? = nil, listen: LString? = nil, tlsCertificate: LString? = nil,
                    tlsCertificateKey: LString? = nil, location: SourceLocation) {
            self.outputFolder = outputFolder
            self.listen = listen
            self.tlsCertificate = tlsCertificate
            self.tlsCertificateKey = tlsCertificateKey
            self.location = location
        }
    }

    /// Who the partner is: the letterhead of every document.
    public struct Partner: Sendable {
        public var id: LString?
        public var name: LString?
        public var address: LString?
        public var registration: LString?
        public var vat: LString?
        public var email: LString?
        public var phone: LString?
        /// The PNG's path as written (relative to the repository root).
        public var logo: LString?
        /// The PNG's bytes, read by the loader through its contained reader (nil when
        /// none is named or it was refused, which is reported).
        public var logoPNG: [UInt8]?
        /// The logo's digest as read, when the loader digests: part of the build's inputs.
        public var logoDigest: String?

        public init(id: LString? = nil, name: LString? = nil, address: LString? = nil, registration: LString? = nil,
                    vat: LString? = nil, email: LString? = nil, phone: LString? = nil, logo: LString? = nil) {
            self.id = id
            self.name = name
            self.address = address
            self.registration = registration
            self.vat = vat
            self.email = email
            self.phone = phone
            self.logo = logo
        }
    }

    public struct Defaults: Sendable {
        public var country: LString?
        public var timezone: LString?
        public var language: LString?
        public init(country: LString? = nil, timezone: LString? = nil, language: LString? = nil) {
            self.country = country
            self.timezone = timezone
            self.language = language
        }
    }

    /// A product orders may name. Prices stay the decimal text as written, so that
    /// totals are computed in exact decimal arithmetic.
    public struct Product: Sendable {
        public var code: LString
        public var name: LString?
        public var oneOff: LString?
        public var monthly: LString?
        public var termMonths: Located<Int>?
        public var currency: LString?
        /// The order form's module the product is chosen in; telephony when not written.
        public var module: Located<ProductModule>?
        /// For the telephony module's accounts: which account type one unit is.
        public var accountType: Located<AccountType>?
        public var location: SourceLocation

        public init(code: LString, name: LString?, oneOff: LString?, monthly: LString?, termMonths: Located<Int>?,
                    currency: LString?, module: Located<ProductModule>? = nil, accountType: Located<AccountType>? = nil,
                    location: SourceLocation) {
            self.code = code
            self.name = name
            self.oneOff = oneOff
            self.monthly = monthly
            self.termMonths = termMonths
            self.currency = currency
            self.module = module
            self.accountType = accountType
            self.location = location
        }
    }
}

/// The modules of the order form (seed 000 §2.1), each switched on or off, in the
/// order the form shows them; a product belongs to one.
public enum ProductModule: String, CaseIterable, Sendable, Codable {
    case telephony, numberPorting = "number_porting", phoneNumbers = "phone_numbers", mobile, hardware, internet
}

/// The account types of the telephony module: the order form asks how many of each.
public enum AccountType: String, CaseIterable, Sendable, Codable {
    case phone, microsoftTeams = "microsoft_teams", cloudCTI = "cloud_cti", fixedMobile = "fixed_mobile"
}
