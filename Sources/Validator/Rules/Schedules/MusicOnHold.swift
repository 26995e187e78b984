import Diagnostics
import Domain
import Parser

/// `music-on-hold`: what callers hear on hold is `default`, `none` or a folder.
enum MusicOnHold: CustomerRule {
    static let description = RuleDescription(
        id: "music-on-hold", severity: .error, section: .schedules,
        summary: "`music_on_hold` is not `default`, `none` or a folder of the repository's kind of name — beyond",
        rationale: """
        `music_on_hold` names what callers hear while they wait: `default` (the platform's music), `none` \
        (silence) or a folder of audio files on the platform, which becomes an Asterisk music class. A \
        folder is a relative path of letters, digits, `-`, `_`, `.` and `/`, without `..`: anything else \
        (a line break, a space, a `;`) could change the class file or reach outside the music folders.
        """,
        bad: [Example.customer("", company: #"company: { number: "+31887654000", unassigned_numbers: voicemail, music_on_hold: ↓"jazz; rm" }"#)],
        good: [Example.customer("", company: #"company: { number: "+31887654000", unassigned_numbers: voicemail, music_on_hold: moh/acme-jazz }"#)])

    static func check(_ c: CustomerContext) {
        guard let value = c.customer.company?.musicOnHold, !isValid(value.value) else { return }
        c.report(description, at: value.location,
                 "`\(MessageText.escaped(value.value))` is not `default`, `none` or a folder name",
                 help: "write a relative folder of letters, digits, `-`, `_`, `.` and `/`, e.g. `moh/acme`")
    }

    static func isValid(_ text: String) -> Bool {
        if text == "default" || text == "none" { return true }
        guard !text.isEmpty, text.utf8.count <= 200, !text.hasPrefix("/"),
              !text.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0 == ".." || $0.isEmpty })
        else { return false }
        return text.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: "/")
        }
    }
}
