import Diagnostics

/// Making free text safe for Asterisk configuration files. A name or a file path from
/// a customer's YAML must never end a line, start a comment (`;`), split an
/// application's arguments (`,` `|`), open an expression or variable (`$` `[` `]` `{` `}`)
/// or close a quoted caller name (`"` `<` `>`); such characters become spaces or are dropped.
enum AsteriskText {
    /// Text for comments, `NoOp` and caller names: letters, digits and harmless punctuation.
    static func label(_ text: String) -> String {
        label(text, keeping: " .-_'+/&@()")
    }

    /// A name that is one field of a comma-separated list Asterisk splits with its
    /// argument parser (a queue `member =>` line): `label`'s characters without `(`
    /// and `)`. The parser takes the commas after an unclosed `(` as text, so a name
    /// such as `Jan (Sales` would swallow the fields after it (the member's state
    /// interface) into the name.
    static func field(_ text: String) -> String {
        label(text, keeping: " .-_'+/&@")
    }

    private static func label(_ text: String, keeping punctuation: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || punctuation.unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.hasSuffix(" ") {
                out.append(" ")
            }
        }
        return out.trimmingSpaces()
    }

    /// Free text inside an application's arguments (`NoOp(…)`, `Set(…=…)`). Only names
    /// that `label` or a grammar already cleaned get here; this is the last guard, so
    /// that whatever reaches it cannot end the line, start a comment, split the
    /// arguments or open a variable, function or expression: line breaks and other
    /// control characters are dropped, `;` `,` and a backslash are escaped with a backslash
    /// (pbx_config and Asterisk's argument parser read them as literal characters), and
    /// `$ [ ] { } ( ) "` — which Asterisk has no escape for — are dropped.
    static func argument(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case ";", ",", "\\": out += "\\"; out.unicodeScalars.append(scalar)
            case "$", "[", "]", "{", "}", "(", ")", "\"": continue
            default:
                if MessageText.isHidden(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An extension name or priority label: digits, letters and the pattern characters
    /// `+ * # _ . -`; anything else is dropped (numbers and extensions are checked by
    /// their rules before a build, so this changes nothing that `check` accepts).
    static func exten(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "+*#_.-".unicodeScalars.contains($0)
        }))
    }

    /// A mailbox `box@context`: each side with `exten`'s characters.
    static func mailbox(_ text: String) -> String {
        text.split(separator: "@", omittingEmptySubsequences: false).map { exten(String($0)) }.joined(separator: "@")
    }


    /// An e-mail address in voicemail.conf: no `,` `|` `;` or spaces (they separate
    /// fields and options); the address was checked by `email-format`.
    static func email(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter {
            !(",|;= \t\r\n\"<>".unicodeScalars.contains($0)) && !MessageText.isHidden($0)
        }))
    }

    /// Text after `;` on a comment line: anything but line breaks and control characters.
    static func comment(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { MessageText.isHidden($0) ? " " : $0 }))
    }

    /// A sound file for `Playback`/`Background`: `greetings/welcome.wav` of customer
    /// `acme` is `pbxc/acme/greetings/welcome` under Asterisk's sounds folder (the
    /// extension is Asterisk's to choose). Only `A-Za-z0-9._-/` survive, and no `..`.
    static func sound(_ path: String, customer: String) -> String {
        var name = path
        if let dot = name.lastIndex(of: "."), !name[dot...].contains("/") { name = String(name[..<dot]) }
        let safe = name.unicodeScalars.filter {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-/".unicodeScalars.contains($0)
        }
        let parts = String(String.UnicodeScalarView(safe)).split(separator: "/").filter { $0 != "." && $0 != ".." }
        return (["pbxc", customer] + parts.map(String.init)).joined(separator: "/")
    }

    /// A value in a `key = value` line of pjsip.conf/queues.conf: `;` would start a
    /// comment, so it is escaped; line breaks cannot occur (secrets with control
    /// characters are refused at build time, names go through `label`).
    static func value(_ text: String) -> String {
        text.replacingOccurrences(of: ";", with: "\\;")
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
