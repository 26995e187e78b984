import Domain

/// The name of a `[section]` in an Asterisk file — a dialplan context, a queue, a
/// SIP endpoint. It is made only from the customer id, the names of the language and
/// the writer's own fixed words, so it can never hold a line break, `]`, `,` or `$`:
/// a part outside `IDGrammar` (which `id-format` refuses before any build) is
/// reduced to `_` and the hex of its bytes. That form is in no grammar (`_` starts no
/// id and is no character of a customer id), so a reduced name cannot collide with
/// a valid one, and two different parts never reduce to the same text.
struct ContextName: Hashable, CustomStringConvertible {
    let text: String

    var description: String { text }

    /// `<customer>-<word>`, e.g. `acme-inbound`.
    init(customer: String, _ word: StaticString) {
        text = "\(Self.customerPart(customer))-\(word)"
    }

    /// `<customer>[-<word>]-<name>[-<suffix>]`, e.g. `acme-user-jan`, `acme-menu-main-open`.
    init(customer: String, _ word: StaticString? = nil, name: String, _ suffix: StaticString? = nil) {
        var text = Self.customerPart(customer)
        if let word { text += "-\(word)" }
        text += "-\(Self.namePart(name))"
        if let suffix { text += "-\(suffix)" }
        self.text = text
    }

    /// A name the compiler joined from grammar parts already (`acme-jan-1`, a SIP
    /// endpoint); checked as a whole against the characters of those parts.
    init(joined: String) {
        let safe = !joined.isEmpty && joined.unicodeScalars.allSatisfy(IDGrammar.isNameCharacter)
        text = safe ? joined : Self.reduced(joined)
    }

    static func customerPart(_ id: String) -> String {
        IDGrammar.isCustomerID(id) ? id : reduced(id)
    }

    static func namePart(_ name: String) -> String {
        IDGrammar.isName(name) ? name : reduced(name)
    }

    /// `_` and the lower-case hex of the UTF-8 bytes: only `_0-9a-f`.
    static func reduced(_ text: String) -> String {
        "_" + text.utf8.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}

/// Dialplan text the writer composed from checked parts (`acme-user-jan,s,1`,
/// `PJSIP/acme-jan-1&PJSIP/acme-jan-2`): its commas and `&` are structure, so it is
/// spliced into an application's arguments as it is, unlike free text (`AsteriskText.argument`).
struct DialplanCode: CustomStringConvertible {
    let text: String

    var description: String { text }

    /// `context,exten,priority` for `Goto` and `GotoIf`.
    init(goto context: ContextName, _ exten: String, _ priority: String) {
        text = "\(context.text),\(AsteriskText.exten(exten)),\(AsteriskText.exten(priority))"
    }

    /// `PJSIP/a&PJSIP/b` for `Dial`.
    init(dial endpoints: [String]) {
        text = endpoints.map { "PJSIP/\(ContextName(joined: $0).text)" }.joined(separator: "&")
    }

    /// `PJSIP/a&PJSIP/+31612345678@${PBXC_TRUNK}`: phones and external numbers at once.
    init(dial endpoints: [String], external: [String]) {
        text = (endpoints.map { "PJSIP/\(ContextName(joined: $0).text)" }
            + external.map { "PJSIP/\(AsteriskText.exten($0))@${PBXC_TRUNK}" }).joined(separator: "&")
    }

    /// `Custom:<name>`: a device state the dialplan sets, for a hint.
    init(customDevice name: ContextName) {
        text = "Custom:\(name.text)"
    }
}
