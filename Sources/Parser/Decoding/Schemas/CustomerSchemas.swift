import Domain

/// A customer file: who the customer is, its numbers, company settings and schedules.
/// (A customer kept as a folder splits these sections over several files.)
extension Schemas {
    public static let customerFile = ObjectSchema("a customer file", [
        "version": .integer("the language version, 1", in: 1...1),
        "customer": .object(customer, "who the customer is"),
        "numbers": .list(.numberOrRange, "every DDI the customer holds or will hold after porting"),
        "company": .object(company, "PBX-wide settings"),
        "schedules": .map(.object(schedule, ""), "named schedules: opening hours and closing days", keys: "schedule name",
                          keyPattern: IDGrammar.namePattern),
        "users": .list(.object(user, ""), "users"),
        "hunt_groups": .list(.object(huntGroup, ""), "hunt groups"),
        "ivr_menus": .list(.object(ivrMenu, ""), "IVR menus"),
        "porting": .list(.object(porting, ""), "number porting requests and moves"),
        "orders": .list(.object(order, ""), "orders"),
        "portal_users": .list(.object(portalUser, ""), "users of the management portal"),
    ])
    public static let customer = ObjectSchema("`customer`", [
        "id": .text("customer id: a-z 0-9 - (at most \(IDGrammar.maxCustomerIDLength)), unique in the repository; names the output folder",
                    pattern: IDGrammar.customerIDPattern).required.examples("acme"),
        "name": .text("customer name").examples("Acme B.V."),
        "country": .country.described("ISO 3166-1 country code: numbers, holidays, porting (default: `defaults.country`)"),
        "timezone": .timezone.described("IANA time zone of the schedules (default: `defaults.timezone`)"),
        "language": .language.described("language of documents and phones (default: `defaults.language`)"),
    ])
    public static let company = ObjectSchema("`company`", [
        "number": .number.described("the company number: shown on outbound calls; without it nobody can call out"),
        "show_name": .boolean("show the company name instead of the user's").default(false),
        "caller_id": .choice("number shown on outbound calls", CallerIDChoice.self) {
            switch $0 {
            case .company: "the company number"
            case .personal: "the user's own number, else the company's"
            }
        }.default("company"),
        "block_outbound": .list(.choice("", OutboundBarring.self) {
            switch $0 {
            case .international: "calls abroad"
            case .mobile: "mobile numbers"
            case .premium0900, .adult0906, .entertainment0909: "\($0.rawValue) numbers"
            }
        }, "barred outbound classes"),
        "voicemail": .anyOf([.boolean(""), .object(companyVoicemail, "")],
                            "the company voicemail (extension \(CompanyVoicemail.defaultExtension)); `false` switches it off"),
        "night_mode": .object(companyNightMode, "company night mode"),
        "music_on_hold": .text("what callers hear on hold and in queues: `default` (the platform's music), `none` (silence) or a folder of audio files")
            .default("default").examples("default", "none", "moh/acme"),
        "unassigned_numbers": .destination.described("where held numbers with no owner go (default: refused)"),
    ])
    public static let companyVoicemail = ObjectSchema("the company voicemail", [
        "extension": .extensionNumber.described("its extension").default(.string(CompanyVoicemail.defaultExtension)),
        "greeting": .greeting,
        "allow_messages": .boolean("take messages (default: play the greeting and hang up)").default(false),
        "email": .email.described("where messages go"),
        "after_greeting": .afterGreeting,
    ])
    public static let voicemailGreeting = ObjectSchema("a greeting per situation", [
        "busy": .text("played when the user is on the phone"),
        "unavailable": .text("played when the user does not answer or no phone is registered"),
    ])
    public static let companyNightMode = ObjectSchema("the company night mode", [
        "mode": .choice("off, on, or auto (by the office hours and holidays)", NightModeSwitch.self) {
            switch $0 {
            case .off: "never"
            case .on: "always"
            case .auto: "outside office hours and on holidays"
            }
        }.required,
        "office_hours": .name.described("schedule name of the office hours"),
        "holidays": .name.described("schedule name of the closing days"),
        "to": .destination.described("where calls go in night mode").default("voicemail"),
        "feature_code": .text("code phones dial to switch night mode on and off by hand: `*` and 1–3 digits",
                              pattern: #"^\*[0-9]{1,3}$"#).examples("*28"),
    ])
    public static let entityNightMode = ObjectSchema("a night mode setting", [
        "mode": .choice("follow the company, or always on or off", NightModeFollow.self, SchemaField.nightMeaning).required,
        "to": .destination.described("where calls go in night mode"),
    ])
    public static let schedule = ObjectSchema("a schedule", [
        "hours": .map(.list(.text("time spans, `HH:MM-HH:MM`, several separated by commas"), ""),
                      "opening hours by days: `mon-fri: \"08:30-17:30\"`", keys: "days")
            .examples(["mon-fri": "08:30-17:30", "sat": "10:00-12:00, 13:00-16:00"]),
        "holidays": .anyOf([.holidayCalendar, .list(.holidayCalendar, "")],
                           "built-in office-closing holiday calendars: NL, BE, DE, DE-BY, CA, CA-ON, US, …, each with named holidays dropped or added"),
        "dates": .list(.dateOrPeriod, "extra closing days and holiday periods (`2026-07-20 - 2026-08-07`)"),
    ])
    public static let holidayCalendar = ObjectSchema("a holiday calendar with changes", [
        "calendar": .calendarCode.required,
        "drop": .list(.text("a holiday's name"), "names of the calendar's holidays the offices stay open on")
            .examples(["Goede Vrijdag"]),
        "add": .list(.text("an optional holiday's name"), "names of optional holidays of the country the offices close on")
            .examples(["Oudejaarsdag"]),
    ])
}
