import Domain

/// `pbxc.yaml`: platform, partner, defaults, catalog, secret sources.
extension Schemas {
    public static let repository = ObjectSchema("the repository file", [
        "version": .integer("the language version, 1", in: 1...1),
        "platform": .object(platform, "the hosted PBX platform the customers run on"),
        "partner": .object(partner, "the partner (reseller) this repository belongs to; the letterhead of every document"),
        "defaults": .object(defaults, "country, time zone and language of customers that name none"),
        "catalog": .list(.object(product, ""), "the products orders may name"),
        "secrets": .object(secretSources, "where passwords may be read from at build time (nothing by default)"),
    ])
    public static let platform = ObjectSchema("`platform`", [
        "sip_domain": .text("SIP registrar/domain the phones register to").examples("sip.example.net"),
        "outbound_proxy": .text("outbound proxy (SBC) of the phones").examples("sbc.example.net"),
        "provisioning_url": .text("where phones fetch their files; the customer id is appended")
            .examples("https://prov.example.net/"),
        "ntp_server": .text("time server of the phones").default("pool.ntp.org"),
        "serving": .object(serving, "the nginx server block pbxc writes for the provisioning files (nginx-server.conf)"),
    ])
    /// How nginx serves the provisioning files (`platform.serving`, docs/provisioning.md).
    public static let serving = ObjectSchema("`platform.serving`", [
        "output_folder": .text("where the build output lies on the provisioning server (an absolute path)",
                               pattern: ServingPaths.pathPattern).examples("/srv/pbxc/out"),
        "listen": .text("nginx `listen`: a port, or address:port", numeric: true, pattern: ServingPaths.listenPattern)
            .default("443"),
        "tls_certificate": .text("the certificate chain (PEM) nginx serves HTTPS with (an absolute path)",
                                 pattern: ServingPaths.pathPattern),
        "tls_certificate_key": .text("its private key (PEM, an absolute path)", pattern: ServingPaths.pathPattern),
    ])
    public static let partner = ObjectSchema("`partner`", [
        "id": .text("partner number at the platform", numeric: true).examples("050613"),
        "name": .text("partner name"),
        "address": .text("postal address, as the letterhead shows it (one line, or lines)"),
        "registration": .text("chamber of commerce registration (KvK, KBO, Handelsregister)", numeric: true),
        "vat": .text("VAT number").examples("NL812345678B01"),
        "email": .email.described("e-mail address on the letterhead"),
        "phone": .text("phone number, printed as written", numeric: true),
        "logo": .text("a PNG inside the repository (path relative to the root), printed at the top of every document")
            .examples("branding/logo.png"),
    ])
    public static let defaults = ObjectSchema("`defaults`", [
        "country": .country.described("ISO 3166-1 country code of customers that name none"),
        "timezone": .timezone.described("IANA time zone of customers that name none"),
        "language": .language.described("language of customers that name none"),
    ])
    public static let product = ObjectSchema("a catalog product", [
        "code": .text("product code orders name").required.examples("connection-fee"),
        "name": .text("product name on documents"),
        "one_off": .text("one-off price", numeric: true).examples("25.00"),
        "monthly": .text("monthly price", numeric: true).examples("6.00"),
        "term_months": .integer("contract term in months", in: 0...999),
        "currency": .text("ISO 4217 currency").default("EUR"),
        "module": .choice("the order form's module the product is chosen in", ProductModule.self) {
            switch $0 {
            case .telephony: "subscriptions, accounts, connection fees"
            case .numberPorting: "number porting (the order links its porting request)"
            case .phoneNumbers: "new numbers"
            case .mobile: "mobile services"
            case .hardware: "phones and devices"
            case .internet: "internet access"
            }
        }.default("telephony"),
        "account_type": .choice("telephony accounts: which account one unit of the product is", AccountType.self) {
            switch $0 {
            case .phone: "Phone Account (the subscription)"
            case .microsoftTeams: "Microsoft Teams Account"
            case .cloudCTI: "Cloud CTI Account"
            case .fixedMobile: "Fixed-Mobile Account"
            }
        },
    ])
    public static let secretSources = ObjectSchema("`secrets`", [
        "env": .list(.text("a variable name", pattern: "^[A-Za-z_][A-Za-z0-9_]*$"),
                     "environment variables `{ env: VAR }` may name"),
        "env_prefix": .text("every variable starting with this may be named; ends with `_`",
                            pattern: "^[A-Za-z_][A-Za-z0-9_]*_$").examples("PBXC_SECRET_"),
        "folder": .text("`{ file: path }` must lie inside this folder (relative to the repository root, or absolute); links out of it are refused")
            .examples("../pbxc-secrets", "/run/secrets"),
    ])
}
