/// Every mapping of the config language (docs/config-language.md), in one place.
public enum Schemas {
    public static let repository = ObjectSchema(
        "the repository file", keys: ["version", "platform", "partner", "defaults", "catalog", "secrets"])
    public static let platform = ObjectSchema(
        "`platform`", keys: ["sip_domain", "outbound_proxy", "provisioning_url", "ntp_server", "serving"])
    /// How nginx serves the provisioning files (`platform.serving`, docs/provisioning.md).
    public static let serving = ObjectSchema(
        "`platform.serving`", keys: ["output_folder", "listen", "tls_certificate", "tls_certificate_key"])
    public static let partner = ObjectSchema("`partner`", keys: ["id", "name", "address", "registration", "vat", "email", "phone", "logo"])
    public static let defaults = ObjectSchema("`defaults`", keys: ["country", "timezone", "language"])
    public static let product = ObjectSchema(
        "a catalog product", keys: ["code", "name", "one_off", "monthly", "term_months", "currency"],
        required: ["code"])
    public static let secretSources = ObjectSchema("`secrets`", keys: ["env", "env_prefix", "folder"])

    public static let customerFile = ObjectSchema(
        "a customer file",
        keys: ["version", "customer", "numbers", "company", "schedules", "users", "hunt_groups",
               "ivr_menus", "porting", "orders", "portal_users"])
    /// Top-level sections whose entries are concatenated when a customer is a folder.
    public static let mergedSections: Set<String> = [
        "users", "hunt_groups", "ivr_menus", "porting", "orders", "portal_users", "schedules",
    ]
    public static let customer = ObjectSchema(
        "`customer`", keys: ["id", "name", "country", "timezone", "language"], required: ["id"])
    public static let company = ObjectSchema(
        "`company`",
        keys: ["number", "show_name", "caller_id", "block_outbound", "voicemail", "night_mode",
               "music_on_hold", "unassigned_numbers"])
    public static let companyVoicemail = ObjectSchema(
        "the company voicemail", keys: ["extension", "greeting", "allow_messages", "email", "after_greeting"])
    public static let voicemailGreeting = ObjectSchema("a greeting per situation", keys: ["busy", "unavailable"])
    public static let companyNightMode = ObjectSchema(
        "the company night mode", keys: ["mode", "office_hours", "holidays", "to"], required: ["mode"])
    public static let entityNightMode = ObjectSchema("a night mode setting", keys: ["mode", "to"], required: ["mode"])
    public static let schedule = ObjectSchema("a schedule", keys: ["hours", "holidays", "dates"])

    public static let user = ObjectSchema(
        "a user",
        keys: ["id", "name", "first_name", "last_name", "extension", "number", "email", "hide_number",
               "call_waiting", "night_mode", "voicemail", "forward", "block_incoming", "devices"],
        required: ["id"])
    public static let userVoicemail = ObjectSchema(
        "a voicemail", keys: ["email", "copy_to", "when", "rings", "greeting", "allow_messages", "after_greeting"])
    public static let forwarding = ObjectSchema("`forward`", keys: ["always", "busy", "no_answer", "unreachable"])
    public static let forward = ObjectSchema("a forward", keys: ["to", "rings"], required: ["to"])
    public static let blockIncoming = ObjectSchema("`block_incoming`", keys: ["anonymous"])
    public static let device = ObjectSchema(
        "a device", keys: ["model", "mac", "password", "sip_password", "label", "keys"], required: ["model", "mac"])
    public static let lineKey = ObjectSchema("a line key", keys: ["type", "target", "label"], required: ["type", "target"])
    public static let secret = ObjectSchema("a password", keys: ["env", "file", "generate"])

    public static let huntGroup = ObjectSchema(
        "a hunt group",
        keys: ["id", "name", "extension", "number", "policy", "members", "next_member_after_rings",
               "overflow", "night_mode"],
        required: ["id"])
    public static let overflow = ObjectSchema("an overflow", keys: ["after_seconds", "to"], required: ["to"])

    public static let ivrMenu = ObjectSchema(
        "an IVR menu",
        keys: ["id", "name", "extension", "number", "office_hours", "holidays", "open", "closed", "night_mode"],
        required: ["id"])
    public static let menuState = ObjectSchema(
        "a menu state", keys: ["greeting", "options", "reception", "timeout_seconds", "to"])
    public static let ivrForward = ObjectSchema("an IVR option", keys: ["to", "announce", "play"])

    public static let porting = ObjectSchema(
        "a porting request",
        keys: ["id", "kind", "losing_provider", "contract", "holder", "signatory", "numbers",
               "held_at_provider", "services", "billing_number", "new_billing_number", "wanted_date",
               "submitted", "status", "previous_partner", "consent", "blocking", "approved", "executed_on",
               "csr_date", "invoice_date", "carrier_record", "freeze"],
        required: ["id", "numbers"])
    public static let consent = ObjectSchema("`consent`", keys: ["previous_partner", "gaining_partner", "signed_by"])
    public static let blocking = ObjectSchema("`blocking`", keys: ["code", "reason"], required: ["code"])
    public static let approved = ObjectSchema("`approved`", keys: ["first", "last"], required: ["first"])
    public static let contract = ObjectSchema("`contract`", keys: ["account", "handling"])
    public static let holder = ObjectSchema(
        "`holder`", keys: ["name", "street", "house_number", "postcode", "city", "country", "kvk"])
    public static let person = ObjectSchema("a person", keys: ["name", "email", "phone"])
    public static let services = ObjectSchema("`services`", keys: ["alarm", "lift", "emergency", "internet", "tv"])

    public static let order = ObjectSchema(
        "an order",
        keys: ["id", "for", "lines", "contract_start", "contact", "address", "billing", "porting", "status"],
        required: ["id", "lines"])
    public static let orderLine = ObjectSchema("an order line", keys: ["product", "quantity"], required: ["product"])
    public static let address = ObjectSchema(
        "an address", keys: ["street", "house_number", "postcode", "city", "country"])
    public static let billing = ObjectSchema(
        "`billing`", keys: ["kvk", "vat", "iban", "invoice_email", "direct_debit"])
    public static let portalUser = ObjectSchema(
        "a portal user", keys: ["username", "name", "roles", "password"], required: ["username"])

    /// Every schema, for tests and the JSON Schema generator.
    public static let all: [ObjectSchema] = [
        repository, platform, serving, partner, defaults, product, secretSources, customerFile, customer, company,
        companyVoicemail, voicemailGreeting, companyNightMode, entityNightMode, schedule, user, userVoicemail, forwarding,
        forward, blockIncoming, device, lineKey, secret, huntGroup, overflow, ivrMenu, menuState,
        ivrForward, porting, consent, blocking, approved, contract, holder, person, services, order, orderLine, address, billing,
        portalUser,
    ]
}
