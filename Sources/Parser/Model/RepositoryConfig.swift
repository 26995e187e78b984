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
    }

    public struct Partner: Sendable {
        public var id: LString?
        public var name: LString?
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
        public var location: SourceLocation

        public init(code: LString, name: LString?, oneOff: LString?, monthly: LString?, termMonths: Located<Int>?,
                    currency: LString?, location: SourceLocation) {
            self.code = code
            self.name = name
            self.oneOff = oneOff
            self.monthly = monthly
            self.termMonths = termMonths
            self.currency = currency
            self.location = location
        }
    }
}
