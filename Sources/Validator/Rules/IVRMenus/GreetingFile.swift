import Diagnostics
import Parser

/// `greeting-file`: an audio file a menu or mailbox plays that is not in the repository.
enum GreetingFile: CustomerRule {
    static let description = RuleDescription(
        id: "greeting-file", severity: .warning, section: .ivrMenus,
        summary: "a greeting or message file that is not in the repository (callers would hear nothing)",
        rationale: """
        Greetings of menus and mailboxes and the messages a menu key plays (`play:`) are audio files \\
        kept in the repository, their paths relative to the file that names them \\
        (`greetings/welcome.wav` in `customers/acme/routing.yaml` is \\
        `customers/acme/greetings/welcome.wav`); the platform installs them under the customer's \\
        sounds folder. A file that is not there plays as silence — a menu whose choices nobody \\
        announces. Only checked when the customer is read from a repository on disk; a path that \\
        leaves the repository (`..`, or absolute) is reported too.
        """,
        bad: [Example.customer("", company: #"company: { number: "+31887654000", unassigned_numbers: voicemail, voicemail: { greeting: ↓greetings/ontbreekt.wav } }"#)],
        good: [Example.customer("", company: #"company: { number: "+31887654000", unassigned_numbers: voicemail, voicemail: { greeting: greetings/gesloten.wav } }"#)])

    static func check(_ c: CustomerContext) {
        let files = files(c.customer)
        guard !files.isEmpty, c.filesRoot != nil else { return }
        var folderOf: (file: FileID, folder: String)?
        for file in files {
            let path = file.value
            let inside = !path.hasPrefix("/") && !climbs(path)
            // Paths joined as text: URL and NSString path handling cost `check` more than
            // the rest of this rule (a partner repository names thousands of greetings).
            // The folder of the YAML file, kept while files come from the same one.
            let folder: String
            if let known = folderOf, known.file == file.location.file {
                folder = known.folder
            } else {
                let yaml = c.path(of: file.location)
                folder = yaml.lastIndex(of: "/").map { String(yaml[..<$0]) } ?? ""
                folderOf = (file.location.file, folder)
            }
            let relative = folder.isEmpty ? path : "\(folder)/\(path)"
            if inside, c.isFile(relative) == true { continue }
            c.report(description, at: file.location,
                     inside ? "`\(MessageText.escaped(path))` is not in the repository (looked for `\(MessageText.escaped(relative))`): callers would hear nothing"
                         : "`\(MessageText.escaped(path))` leaves the repository; audio files are kept in it",
                     help: "add the file at `\(MessageText.escaped(inside ? relative : "\(folder)/greetings/…"))`, or correct the path (relative to this file)")
        }
    }

    /// True when a `..` component climbs out of the folder (scanned over the bytes: no
    /// array of components per file).
    static func climbs(_ path: String) -> Bool {
        var dots = 0, componentLength = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if dots == 2, componentLength == 2 { return true }
                dots = 0
                componentLength = 0
            } else {
                componentLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return dots == 2 && componentLength == 2
    }

    /// Every audio file the customer names: menu greetings and `play:` messages, and the
    /// greetings of the company voicemail and the users' mailboxes.
    static func files(_ customer: Customer) -> [LString] {
        var result: [LString] = []
        for menu in customer.ivrMenus {
            for state in menu.states {
                if let greeting = state.greeting { result.append(greeting) }
                for option in state.options { if case .play(let file) = option.action { result.append(file) } }
            }
        }
        result += customer.company?.voicemail?.greeting?.files ?? []
        for user in customer.users { result += user.voicemail?.greeting?.files ?? [] }
        return result
    }
}
