/// The type and meaning of every key of every mapping in `Schemas`, for the JSON
/// Schema (`pbxc schema`). Keys come from `Schemas` itself; a test fails when a key
/// of a schema has no field here or a field names a key the schema lacks, so the
/// JSON Schema and the parser cannot drift apart.
public indirect enum SchemaField: Sendable {
    /// Text; `numeric` also accepts YAML numbers (`extension: 201`), which the parser
    /// reads as the text written.
    case text(String, numeric: Bool = false, pattern: String? = nil)
    case integer(String)
    case boolean(String)
    /// One of the words, each with its meaning.
    case choice(String, [(String, String)])
    case object(ObjectSchema, String)
    case list(SchemaField, String)
    /// A mapping whose keys are names (schedules by id, hours by day, options by key).
    case map(SchemaField, String, keys: String? = nil)
    /// Any of these shapes.
    case anyOf([SchemaField], String)

    public var description: String {
        switch self {
        case .text(let d, _, _), .integer(let d), .boolean(let d), .choice(let d, _), .object(_, let d), .list(_, let d),
             .map(_, let d, _), .anyOf(_, let d): d
        }
    }
}

public enum SchemaFields {
    static let destination = SchemaField.text(
        "a destination: a user, hunt group or menu id, an extension, `voicemail`, `voicemail:<user>`, or an external number")
    static let secret = SchemaField.anyOf([
        .choice("", [("generate", "derived from PBXC_MASTER_KEY at build time")]),
        .object(Schemas.secret, ""), .text("a literal password (allowed, warned about)"),
    ], "a password: `generate`, `{ env: VAR }`, `{ file: path }` or a literal")
    static let nightSwitch = SchemaField.choice("", [("follow", "follow the company"), ("on", "always on"), ("off", "never")])
    static let entityNight = SchemaField.anyOf([nightSwitch, .object(Schemas.entityNightMode, "")],
                                               "night mode: `follow` (default), `on` or `off`, or `{ mode, to }`")
    static let number = SchemaField.text("a phone number, E.164 (`+31…`) or national", numeric: true)
    static let greeting = SchemaField.anyOf(
        [.text("one audio file for every situation"), .object(Schemas.voicemailGreeting, "")],
        "greeting audio file, or one per situation: `{ busy: FILE, unavailable: FILE }`")
    static let afterGreeting = SchemaField.text(
        "where a caller goes after the greeting when messages are not taken: `hangup` (default) or a destination")
    static let dateOrPeriod = SchemaField.text(
        "a date, YYYY-MM-DD, or a period `YYYY-MM-DD - YYYY-MM-DD` (both days included)", numeric: false,
        pattern: #"^\d{4}-\d{2}-\d{2}( *(-|–|\.\.) *\d{4}-\d{2}-\d{2})?$"#)
    static let date = SchemaField.text("a date, YYYY-MM-DD", numeric: false, pattern: #"^\d{4}-\d{2}-\d{2}$"#)

    /// Fields by schema (by identity of the `ObjectSchema`).
    public static let table: [(schema: ObjectSchema, fields: [String: SchemaField])] = [
        (Schemas.repository, [
            "version": .integer("the language version, 1"),
            "platform": .object(Schemas.platform, "the hosted PBX platform the customers run on"),
            "partner": .object(Schemas.partner, "the partner (reseller) this repository belongs to"),
            "defaults": .object(Schemas.defaults, "country, time zone and language of customers that name none"),
            "catalog": .list(.object(Schemas.product, ""), "the products orders may name"),
            "secrets": .object(Schemas.secretSources, "where passwords may be read from at build time (nothing by default)"),
        ]),
        (Schemas.secretSources, [
            "env": .list(.text("a variable name", pattern: "^[A-Za-z_][A-Za-z0-9_]*$"), "environment variables `{ env: VAR }` may name"),
            "env_prefix": .text("every variable starting with this may be named; ends with `_`", pattern: "^[A-Za-z_][A-Za-z0-9_]*_$"),
            "folder": .text("`{ file: path }` must lie inside this folder (relative to the repository root, or absolute); links out of it are refused"),
        ]),
        (Schemas.platform, [
            "sip_domain": .text("SIP registrar/domain the phones register to"),
            "outbound_proxy": .text("outbound proxy (SBC) of the phones"),
            "provisioning_url": .text("where phones fetch their files; the customer id is appended"),
            "ntp_server": .text("time server of the phones (pool.ntp.org by default)"),
            "serving": .object(Schemas.serving, "the nginx server block pbxc writes for the provisioning files (nginx-server.conf)"),
        ]),
        (Schemas.serving, [
            "output_folder": .text("where the build output lies on the provisioning server (an absolute path)", pattern: ServingPaths.pathPattern),
            "listen": .text("nginx `listen`: a port, or address:port (443 by default)", pattern: ServingPaths.listenPattern),
            "tls_certificate": .text("the certificate chain (PEM) nginx serves HTTPS with (an absolute path)", pattern: ServingPaths.pathPattern),
            "tls_certificate_key": .text("its private key (PEM, an absolute path)", pattern: ServingPaths.pathPattern),
        ]),
        (Schemas.partner, [
            "id": .text("partner number at the platform", numeric: true), "name": .text("partner name"),
            "address": .text("postal address, as the letterhead shows it (one line, or lines)"),
            "registration": .text("chamber of commerce registration (KvK, KBO, Handelsregister)", numeric: true),
            "vat": .text("VAT number"), "email": .text("e-mail address"), "phone": .text("phone number, as printed", numeric: true),
            "logo": .text("a PNG inside the repository (path relative to the root), printed at the top of every document"),
        ]),
        (Schemas.defaults, [
            "country": .text("ISO 3166-1 country code"), "timezone": .text("IANA time zone"),
            "language": .choice("document and phone language", [("nl", "Dutch"), ("fr", "French"), ("de", "German"), ("en", "English")]),
        ]),
        (Schemas.product, [
            "code": .text("product code orders name"), "name": .text("product name on documents"),
            "one_off": .text("one-off price", numeric: true), "monthly": .text("monthly price", numeric: true),
            "term_months": .integer("contract term in months"), "currency": .text("ISO 4217 currency (EUR by default)"),
        ]),
        (Schemas.customerFile, [
            "version": .integer("the language version, 1"),
            "customer": .object(Schemas.customer, "who the customer is"),
            "numbers": .list(.text("a number or a range `A - B`", numeric: true), "every DDI the customer holds or will hold after porting"),
            "company": .object(Schemas.company, "PBX-wide settings"),
            "schedules": .map(.object(Schemas.schedule, ""), "named schedules: opening hours and closing days", keys: "schedule id"),
            "users": .list(.object(Schemas.user, ""), "users"),
            "hunt_groups": .list(.object(Schemas.huntGroup, ""), "hunt groups"),
            "ivr_menus": .list(.object(Schemas.ivrMenu, ""), "IVR menus"),
            "porting": .list(.object(Schemas.porting, ""), "number porting requests and moves"),
            "orders": .list(.object(Schemas.order, ""), "orders"),
            "portal_users": .list(.object(Schemas.portalUser, ""), "users of the management portal"),
        ]),
        (Schemas.customer, [
            "id": .text("customer id, [a-z0-9-]+, unique in the repository", pattern: "^[a-z0-9-]+$"),
            "name": .text("customer name"), "country": .text("ISO 3166-1 country code: numbers, holidays, porting"),
            "timezone": .text("IANA time zone of the schedules"),
            "language": .choice("language of documents and phones", [("nl", "Dutch"), ("fr", "French"), ("de", "German"), ("en", "English")]),
        ]),
        (Schemas.company, [
            "number": number, "show_name": .boolean("show the company name instead of the user's"),
            "caller_id": .choice("number shown on outbound calls", [("company", "the company number"), ("personal", "the user's own number, else the company's")]),
            "block_outbound": .list(.choice("", [("international", "calls abroad"), ("mobile", "mobile numbers"), ("0900", "0900 numbers"), ("0906", "0906 numbers"), ("0909", "0909 numbers")]), "barred outbound classes"),
            "voicemail": .anyOf([.boolean(""), .object(Schemas.companyVoicemail, "")], "the company voicemail (999 by default); `false` switches it off"),
            "night_mode": .object(Schemas.companyNightMode, "company night mode"),
            "music_on_hold": .text("what callers hear on hold and in queues: `default` (the platform's music), `none` (silence) or a folder of audio files"),
            "unassigned_numbers": destination,
        ]),
        (Schemas.companyVoicemail, [
            "extension": .text("its extension (999 by default)", numeric: true), "greeting": greeting,
            "allow_messages": .boolean("take messages (default: play the greeting and hang up)"), "email": .text("where messages go"),
            "after_greeting": afterGreeting,
        ]),
        (Schemas.voicemailGreeting, [
            "busy": .text("played when the user is on the phone"),
            "unavailable": .text("played when the user does not answer or no phone is registered"),
        ]),
        (Schemas.companyNightMode, [
            "mode": .choice("off, on, or auto (by the office hours and holidays)", [("off", "never"), ("on", "always"), ("auto", "outside office hours and on holidays")]),
            "office_hours": .text("schedule id of the office hours"), "holidays": .text("schedule id of the closing days"),
            "to": destination,
        ]),
        (Schemas.entityNightMode, ["mode": .choice("follow the company, or always on or off", [("follow", "follow the company"), ("on", "always on"), ("off", "never")]), "to": destination]),
        (Schemas.schedule, [
            "hours": .map(.anyOf([.text(""), .list(.text(""), "")], ""), "opening hours by days: `mon-fri: \"08:30-17:30\"`", keys: "days"),
            "holidays": .anyOf([.text(""), .list(.text(""), "")], "built-in holiday calendars: NL, BE, DE, DE-BY, CA, CA-ON, US, …"),
            "dates": .list(dateOrPeriod, "extra closing days and holiday periods (`2026-07-20 - 2026-08-07`)"),
        ]),
        (Schemas.user, [
            "id": .text("user id"), "name": .text("name shown on phones"), "first_name": .text("first name"),
            "last_name": .text("last name"), "extension": .text("2, 3 or 4 digits", numeric: true),
            "number": number, "email": .text("e-mail address"), "hide_number": .boolean("withhold the number on outbound calls"),
            "call_waiting": .boolean("a second call may ring while busy"), "night_mode": entityNight,
            "voicemail": .anyOf([.boolean(""), .object(Schemas.userVoicemail, "")], "the user's voicemail"),
            "forward": .object(Schemas.forwarding, "call forwarding"),
            "block_incoming": .object(Schemas.blockIncoming, "incoming calls refused"),
            "devices": .list(.object(Schemas.device, ""), "desk phones and softphones"),
        ]),
        (Schemas.userVoicemail, [
            "email": .text("where messages go"), "copy_to": .text("a copy of each message"),
            "when": .list(.choice("", [("always", "every call"), ("busy", "when busy"), ("no_answer", "when not answered")]), "when calls go to voicemail"),
            "rings": .integer("rings before voicemail"), "greeting": greeting,
            "allow_messages": .boolean("take messages"), "after_greeting": afterGreeting,
        ]),
        (Schemas.forwarding, [
            "always": .anyOf([destination, .object(Schemas.forward, "")], "every call"),
            "busy": .anyOf([destination, .object(Schemas.forward, "")], "when busy"),
            "no_answer": .anyOf([destination, .object(Schemas.forward, "")], "when not answered"),
            "unreachable": .anyOf([destination, .object(Schemas.forward, "")], "when no phone is registered"),
        ]),
        (Schemas.forward, ["to": destination, "rings": .integer("rings before forwarding")]),
        (Schemas.blockIncoming, ["anonymous": .boolean("refuse calls with a withheld number")]),
        (Schemas.device, [
            "model": .text("`<vendor>-<model>` in lower case (yealink-t54w, snom-d785, poly-vvx450, …)"),
            "mac": .text("12 hex digits; `:` `-` `.` separators allowed"), "password": secret,
            "sip_password": .anyOf([
                .choice("", [("generate", "derived from PBXC_MASTER_KEY at build time (24 characters)")]),
                .object(Schemas.secret, ""), .text("a literal SIP secret of at least 20 characters (allowed, warned about)"),
            ], "the SIP account's secret, apart from `password`: `generate` (when not written), `{ env: VAR }`, `{ file: path }` or a literal"),
            "label": .text("line label on the phone"), "keys": .list(.object(Schemas.lineKey, ""), "line keys from key 2 on"),
        ]),
        (Schemas.lineKey, [
            "type": .choice("what the key does", [("blf", "busy-lamp field of a colleague"), ("speed_dial", "dials a destination"), ("line", "a line key")]),
            "target": destination, "label": .text("key label"),
        ]),
        (Schemas.secret, [
            "env": .text("environment variable that holds it at build time, declared under `secrets` in pbxc.yaml"),
            "file": .text("file that holds it (first line), inside the secrets folder pbxc.yaml declares"),
            "generate": .boolean("derive it from PBXC_MASTER_KEY"),
        ]),
        (Schemas.huntGroup, [
            "id": .text("hunt group id"), "name": .text("name"), "extension": .text("2, 3 or 4 digits", numeric: true),
            "number": number,
            "policy": .choice("how calls are offered to the members", [("circular", "round robin, starting after the last"), ("fixed_order", "always from the first"), ("simultaneous", "all at once"), ("uniform", "longest idle first")]),
            "members": .list(.text("a user id or extension", numeric: true), "members in order"),
            "next_member_after_rings": .integer("rings before the next member (4 by default)"),
            "overflow": .object(Schemas.overflow, "where unanswered calls go"), "night_mode": entityNight,
        ]),
        (Schemas.overflow, ["after_seconds": .integer("seconds before overflowing (30 by default)"), "to": destination]),
        (Schemas.ivrMenu, [
            "id": .text("menu id"), "name": .text("name"), "extension": .text("2, 3 or 4 digits", numeric: true),
            "number": number, "office_hours": .text("schedule id: the open menu during these hours"),
            "holidays": .text("schedule id: the closed menu on these days"),
            "open": .object(Schemas.menuState, "the menu during office hours"),
            "closed": .object(Schemas.menuState, "the menu outside them"), "night_mode": entityNight,
        ]),
        (Schemas.menuState, [
            "greeting": .text("greeting audio file"),
            "options": .map(.anyOf([destination, .object(Schemas.ivrForward, "")], ""),
                            "keys 0-9, * and #: a destination, `repeat`, `reception`, `dial_by_name`, `dial_by_extension`, `hangup`, `none`, `{ to, announce }` or `{ play }`",
                            keys: "key"),
            "reception": destination, "timeout_seconds": .integer("seconds to wait for a key (10 by default)"),
            "to": destination,
        ]),
        (Schemas.ivrForward, [
            "to": destination, "announce": .boolean("play \"you are being transferred\" first"),
            "play": .text("audio file to play, then the menu again"),
        ]),
        (Schemas.porting, [
            "id": .text("request id"), "kind": .choice("a porting or a move", [("port", "a porting (default)"), ("move", "a move between partners of one platform")]),
            "losing_provider": .text("the provider the numbers leave"),
            "contract": .object(Schemas.contract, "the contract at the losing provider"),
            "holder": .object(Schemas.holder, "the holder exactly as the losing provider has it"),
            "signatory": .object(Schemas.person, "who signs"),
            "numbers": .list(.text("a number or a range", numeric: true), "the numbers to port, in blocks"),
            "held_at_provider": .list(.text("a number or a range", numeric: true), "everything the customer has there"),
            "services": .object(Schemas.services, "lines that carry something besides voice"),
            "billing_number": number, "new_billing_number": number,
            "wanted_date": date, "submitted": date,
            "status": .choice("where the request is in its life cycle", [("draft", ""), ("sent_for_signature", ""), ("signed", ""), ("requested", ""), ("approved", ""), ("blocked", ""), ("executed", ""), ("cancelled", "")]),
            "previous_partner": .text("the partner the numbers come from (moves)", numeric: true),
            "consent": .object(Schemas.consent, "the written consent of both partners (moves)"),
            "blocking": .object(Schemas.blocking, "the losing provider's blocking code and reason (status `blocked`)"),
            "approved": .object(Schemas.approved, "the approved window: first and last day the port may run"),
            "executed_on": date,
            "csr_date": date, "invoice_date": date,
            "carrier_record": .object(Schemas.holder, "the holder and service address as the losing carrier's record (CSR) has them"),
            "freeze": .boolean("a service freeze or carrier-change restriction is on the account (North America)"),
        ]),
        (Schemas.consent, [
            "previous_partner": .text("reference of the previous partner's written confirmation, signed by an authorised signatory"),
            "gaining_partner": .text("reference of the gaining partner's agreement to the move"),
            "signed_by": .text("who signed for the previous partner"),
        ]),
        (Schemas.blocking, [
            "code": .text("the blocking code as the losing provider sent it (NL 22, DE ADF, BE holder_mismatch, …)", numeric: true),
            "reason": .text("the reason as the losing provider wrote it"),
        ]),
        (Schemas.approved, ["first": date, "last": date]),
        (Schemas.contract, [
            "account": .text("customer or contract number at the losing provider", numeric: true),
            "handling": .choice("what happens to the contract", [("end_at_term", "ends at its term"), ("already_ended", "has ended"), ("keep", "is kept"), ("end_early", "ends early (buy-out accepted)")]),
        ]),
        (Schemas.holder, [
            "name": .text("name"), "street": .text("street"), "house_number": .text("house number", numeric: true),
            "postcode": .text("postcode", numeric: true), "city": .text("city"), "country": .text("ISO 3166-1 country code"),
            "kvk": .text("Chamber of Commerce number", numeric: true),
        ]),
        (Schemas.person, ["name": .text("name"), "email": .text("e-mail address"), "phone": number]),
        (Schemas.services, [
            "alarm": .list(number, "alarm lines"), "lift": .list(number, "lift lines"),
            "emergency": .list(number, "emergency lines"), "internet": .list(number, "lines with internet"),
            "tv": .list(number, "lines with TV"),
        ]),
        (Schemas.order, [
            "id": .text("order id"), "for": .choice("for a new or an existing customer", [("new_customer", "the export carries the customer"), ("existing_customer", "lines only")]),
            "lines": .list(.object(Schemas.orderLine, ""), "products and quantities"),
            "contract_start": .anyOf([.choice("", [("immediate", "at once")]), date], "`immediate` or a date"),
            "contact": .object(Schemas.person, "the authorised signatory"), "address": .object(Schemas.address, "address"),
            "billing": .object(Schemas.billing, "billing data"), "porting": .text("id of a porting request"),
            "status": .choice("where the order is in its life cycle", [("draft", ""), ("sent_for_signature", ""), ("signed", ""), ("exported", ""), ("cancelled", "")]),
        ]),
        (Schemas.orderLine, ["product": .text("a product code of the catalog"), "quantity": .integer("how many (1 by default)")]),
        (Schemas.address, [
            "street": .text("street"), "house_number": .text("house number", numeric: true),
            "postcode": .text("postcode", numeric: true), "city": .text("city"), "country": .text("ISO 3166-1 country code"),
        ]),
        (Schemas.billing, [
            "kvk": .text("Dutch KvK number (8 digits)", numeric: true), "vat": .text("VAT id"), "iban": .text("IBAN"),
            "invoice_email": .text("where invoices go"), "direct_debit": .boolean("pay by direct debit"),
        ]),
        (Schemas.portalUser, [
            "username": .text("login (an e-mail address)"), "name": .text("name"),
            "roles": .list(.text(""), "roles in the portal"), "password": secret,
        ]),
    ]

    public static func fields(of schema: ObjectSchema) -> [String: SchemaField]? {
        table.first { $0.schema === schema }?.fields
    }
}
