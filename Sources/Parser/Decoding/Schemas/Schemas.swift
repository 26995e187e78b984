import Domain

/// Every mapping of the config language (docs/config-language.md), declared once: each
/// `ObjectSchema` lists its keys in order, each with its type, meaning, whether it is
/// required, its default and examples. The decoders read the keys from here and the
/// JSON Schemas for editors (`pbxc schema`) are generated from here. The mappings are
/// declared by section in the files beside this one (RepositorySchemas, CustomerSchemas,
/// UserSchemas, RoutingSchemas, PortingSchemas, OrderSchemas); adding a key is adding
/// one line there.
public enum Schemas {
    /// The roots: a customer file and the repository file (`pbxc.yaml`).
    public static let roots: [ObjectSchema] = [customerFile, repository]

    /// Top-level sections whose entries are concatenated when a customer is a folder.
    public static let mergedSections: Set<String> = [
        "users", "hunt_groups", "ivr_menus", "porting", "orders", "portal_users", "schedules",
    ]

    /// Every schema reachable from the roots, each once, in the order first reached
    /// (depth first, keys in order): for tests and the JSON Schema generator.
    public static let all: [ObjectSchema] = {
        var seen: Set<ObjectIdentifier> = []
        var result: [ObjectSchema] = []
        func visit(_ schema: ObjectSchema) {
            guard seen.insert(ObjectIdentifier(schema)).inserted else { return }
            result.append(schema)
            for (_, field) in schema.fields { field.forEachObject(visit) }
        }
        roots.forEach(visit)
        return result
    }()
}

extension SchemaField {
    /// Calls `body` with every mapping schema this field can hold.
    func forEachObject(_ body: (ObjectSchema) -> Void) {
        switch shape {
        case .object(let schema): body(schema)
        case .list(let item): item.forEachObject(body)
        case .map(let value, _, _): value.forEachObject(body)
        case .anyOf(let options): options.forEach { $0.forEachObject(body) }
        case .text, .integer, .boolean, .choice: break
        }
    }
}

/// Fields several mappings share.
extension SchemaField {
    static let destination = SchemaField.text(
        "a destination: a user, hunt group or menu id, an extension, `voicemail`, `voicemail:<user>`, or an external number",
        numeric: true)
        .examples("sales", "201", "voicemail", "voicemail:jan", "+31612345678")
    static let secret = SchemaField.anyOf([
        .choice("", [("generate", "derived from PBXC_MASTER_KEY at build time")]),
        .object(Schemas.secret, ""), .text("a literal password (allowed, warned about)"),
    ], "a password: `generate`, `{ env: VAR }`, `{ file: path }` or a literal")
        .examples("generate", ["env": "ACME_JAN_DEVICE_PW"])
    static let entityNight = SchemaField.anyOf(
        [.choice("", NightModeFollow.self, nightMeaning), .object(Schemas.entityNightMode, "")],
        "night mode: `follow`, `on` or `off`, or `{ mode, to }`")
        .default("follow")
    static func nightMeaning(_ mode: NightModeFollow) -> String {
        switch mode {
        case .follow: "follow the company"
        case .on: "always on"
        case .off: "never"
        }
    }
    /// A phone number: E.164 or national, with spaces, dots, dashes or brackets.
    static let number = SchemaField.text("a phone number, E.164 (`+31…`) or national", numeric: true,
                                         pattern: #"^\+?[(0-9][0-9 ()./-]*$"#)
        .examples("+31 88 765 4000", "088 765 4000")
    /// A number, or a range of numbers `first - last` (a spaced hyphen, an en dash or `..`).
    static let numberOrRange = SchemaField.text("a number or a range `A - B`", numeric: true,
                                                pattern: #"^\+?[(0-9][0-9 ()./+–-]*$"#)
        .examples("+31 88 765 4000 - +31 88 765 4099", "085 487 9610")
    static let extensionNumber = SchemaField.text("2, 3 or 4 digits", numeric: true, pattern: "^[0-9]{2,4}$")
        .examples("201")
    /// An id of a user, hunt group or menu: also a destination, so none of the words
    /// that already mean one.
    static let entityID = SchemaField.text(
        "a lower-case name: a letter, then a-z 0-9 - _ . (at most \(IDGrammar.maxNameLength)); not a destination word",
        pattern: IDGrammar.entityIDPattern)
    /// An id of a schedule, porting request or order.
    static let name = SchemaField.text(
        "a lower-case name: a letter, then a-z 0-9 - _ . (at most \(IDGrammar.maxNameLength))", pattern: IDGrammar.namePattern)
    static let greeting = SchemaField.anyOf(
        [.text("one audio file for every situation"), .object(Schemas.voicemailGreeting, "")],
        "greeting audio file, or one per situation: `{ busy: FILE, unavailable: FILE }`")
    static let afterGreeting = SchemaField.text(
        "where a caller goes after the greeting when messages are not taken: `hangup` or a destination", numeric: true)
        .default("hangup")
    static let dateOrPeriod = SchemaField.text(
        "a date, YYYY-MM-DD, or a period `YYYY-MM-DD - YYYY-MM-DD` (both days included)",
        pattern: #"^\d{4}-\d{2}-\d{2}( *(-|–|\.\.) *\d{4}-\d{2}-\d{2})?$"#)
        .examples("2026-12-24", "2026-07-20 - 2026-08-07")
    static let date: SchemaField = {
        var field = SchemaField.text("a date, YYYY-MM-DD", pattern: #"^\d{4}-\d{2}-\d{2}$"#).examples("2026-11-16")
        field.isDate = true
        return field
    }()
    static let country = SchemaField.text("ISO 3166-1 alpha-2 country code", pattern: "^[A-Za-z]{2}$")
        .examples("NL", "BE", "DE", "CA", "US")
    static let timezone = SchemaField.text("IANA time zone", pattern: #"^[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$"#)
        .examples("Europe/Amsterdam", "America/Toronto")
    static let language = SchemaField.choice("language of phones and documents", SupportedLanguages.all.map { ($0.code, $0.name) })
    static let calendarCode = SchemaField.choice("built-in calendar code", HolidayCalendars.known.map { ($0, "") })
    static let holidayCalendar = SchemaField.anyOf(
        [.calendarCode, .object(Schemas.holidayCalendar, "")],
        "a calendar code, or `{ calendar: NL, drop: [Goede Vrijdag], add: [Oudejaarsdag] }`")
    static let email = SchemaField.text("an e-mail address").examples("jan@acme.example")
    static let rings = SchemaField.integer("rings", in: CallTimers.rings)
    static let seconds = SchemaField.integer("seconds", in: CallTimers.seconds)

    /// The same field with another description.
    func described(_ text: String) -> SchemaField {
        var field = self
        field.description = text
        return field
    }
}
