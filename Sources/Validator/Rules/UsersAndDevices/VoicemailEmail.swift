import Domain
import Parser

/// `voicemail-email`: voicemail messages are delivered by e-mail, so one is needed.
enum VoicemailEmail: CustomerRule {
    static let description = RuleDescription(
        id: "voicemail-email", severity: .error, section: .usersAndDevices,
        summary: "voicemail on without an e-mail address",
        rationale: """
        Messages are sent as WAV files by e-mail and cannot be listened to on the phone, so "it is \
        mandatory to give an e-mail address". pbxc uses `voicemail.email`, or else the \
        user's own `email`. A mailbox that takes no messages (`allow_messages: false`) needs none.
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", voicemail: ↓{ when: [busy, no_answer] } }]"#)],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", email: jan@acme.example, voicemail: { when: [busy, no_answer] } }]"#)])

    static func check(_ c: CustomerContext) {
        for user in c.customer.users {
            guard let voicemail = user.voicemail, voicemail.enabled, voicemail.allowMessages?.value != false,
                  voicemail.email == nil, user.email == nil else { continue }
            c.report(description, at: voicemail.location,
                     "user `\(user.id?.value ?? "?")` has voicemail but no e-mail address to deliver messages to",
                     help: "add `email:` to the voicemail or to the user")
        }
    }
}
