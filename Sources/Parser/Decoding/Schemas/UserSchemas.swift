import Domain

/// Users, their voicemail, forwards and devices; portal users; passwords.
extension Schemas {
    public static let user = ObjectSchema("a user", [
        "id": .entityID.described("user id; also a destination").required.examples("jan"),
        "name": .text("name shown on phones").examples("Jan de Vries"),
        "first_name": .text("first name"),
        "last_name": .text("last name"),
        "extension": .extensionNumber,
        "number": .number.described("direct number; must be one of the customer's numbers"),
        "email": .email.described("e-mail address"),
        "hide_number": .boolean("withhold the number on outbound calls").default(false),
        "call_waiting": .boolean("a second call may ring while busy").default(true),
        "night_mode": .entityNight,
        "voicemail": .anyOf([.boolean(""), .object(userVoicemail, "")], "the user's voicemail"),
        "forward": .object(forwarding, "call forwarding"),
        "block_incoming": .object(blockIncoming, "incoming calls refused"),
        "simring": .list(.number, "external numbers that ring together with the user's phones"),
        "devices": .list(.object(device, ""), "desk phones and softphones"),
        "pin": .anyOf([.choice("", [("generate", "derived from PBXC_MASTER_KEY at build time")]),
                       .object(secret, ""), .text("4 to 8 digits (allowed, warned about)", numeric: true, pattern: "^[0-9]{4,8}$")],
                      "the user's PIN code (voicemail from a phone, the apps): `generate`, `{ env: VAR }`, `{ file: path }`")
            .default("generate"),
    ])
    public static let userVoicemail = ObjectSchema("a voicemail", [
        "email": .email.described("where messages go (a WAV attached); else the user's `email`"),
        "copy_to": .email.described("a second address that gets every message too"),
        "when": .list(.choice("", VoicemailCondition.self) {
            switch $0 {
            case .always: "every call"
            case .busy: "when busy"
            case .noAnswer: "when not answered"
            }
        }, "when calls go to voicemail").default(["busy", "no_answer"]),
        "rings": .rings.described("rings before voicemail"),
        "greeting": .greeting,
        "allow_messages": .boolean("take messages").default(true),
        "after_greeting": .afterGreeting,
    ])
    public static let forwarding = ObjectSchema("`forward`", [
        "always": .anyOf([.destination, .object(forward, "")], "every call"),
        "busy": .anyOf([.destination, .object(forward, "")], "when busy"),
        "no_answer": .anyOf([.destination, .object(forward, "")], "when not answered"),
        "unreachable": .anyOf([.destination, .object(forward, "")], "when no phone is registered"),
    ])
    public static let forward = ObjectSchema("a forward", [
        "to": .destination.required,
        "rings": .rings.described("rings before forwarding"),
    ])
    public static let blockIncoming = ObjectSchema("`block_incoming`", [
        "all": .boolean("refuse every outside caller (a number for outgoing calls only)").default(false),
        "anonymous": .boolean("refuse calls with a withheld number").default(false),
        "numbers": .list(.object(callerBlock, ""), "specific blocks: caller numbers, always or within a schedule"),
    ])
    public static let callerBlock = ObjectSchema("a specific block", [
        "numbers": .list(.number, "caller numbers refused").required,
        "schedule": .name.described("schedule name: refused within its hours only"),
    ])
    public static let device = ObjectSchema("a device", [
        "model": .choice("`<vendor>-<model>` in lower case, as printed on the phone; `generic-sip` for a phone set up by hand",
                         DeviceCatalog.models.map { ($0.id, "\($0.vendor.rawValue) \($0.name)") }).required,
        "mac": .text("12 hex digits; `:` `-` `.` separators allowed", pattern: MACAddress.pattern).required
            .examples("80:5E:C0:12:34:56"),
        "password": .secret.default("generate"),
        "sip_password": .anyOf([
            .choice("", [("generate", "derived from PBXC_MASTER_KEY at build time (24 characters)")]),
            .object(secret, ""), .text("a literal SIP secret of at least 20 characters (allowed, warned about)"),
        ], "the SIP account's secret, apart from `password`: `generate`, `{ env: VAR }`, `{ file: path }` or a literal")
            .default("generate"),
        "label": .text("line label on the phone"),
        "keys": .list(.object(lineKey, ""), "line keys from key 2 on"),
    ])
    public static let lineKey = ObjectSchema("a line key", [
        "type": .choice("what the key does", LineKeyType.self) {
            switch $0 {
            case .blf: "busy-lamp field of a colleague"
            case .speedDial: "dials a destination"
            case .line: "a line key"
            }
        }.required,
        "target": .destination.required,
        "label": .text("key label"),
    ])
    public static let secret = ObjectSchema("a password", [
        "env": .text("environment variable that holds it at build time, declared under `secrets` in pbxc.yaml",
                     pattern: "^[A-Za-z_][A-Za-z0-9_]*$"),
        "file": .text("file that holds it (first line), inside the secrets folder pbxc.yaml declares"),
        "generate": .boolean("derive it from PBXC_MASTER_KEY"),
    ])
    public static let portalUser = ObjectSchema("a portal user", [
        "username": .text("login (an e-mail address)").required.examples("beheer@acme.example"),
        "name": .text("name"),
        "email": .email.described("where the portal's e-mail goes (default: the username)"),
        "roles": .list(.choice("", PortalCatalog.roleChoices),
                       "roles in the portal; mobile_limits, mobile_settings and mobile_block need mobile_access"),
        "email_messages": .list(.choice("", PortalCatalog.emailMessageChoices), "e-mail messages the user is registered for"),
        "blocked": .boolean("blocked: the account stays but cannot log in").default(false),
        "welcome_mail": .boolean("send the welcome e-mail with the username and a link to set a password").default(false),
        "password": .secret,
    ])
}
