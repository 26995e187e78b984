import Parser

/// `email-format`: e-mail addresses must be addresses.
enum EmailFormat: CustomerRule {
    static let description = RuleDescription(
        id: "email-format", severity: .error, section: .usersAndDevices,
        summary: "not an e-mail address",
        rationale: """
        Voicemail, invoices and signature requests are delivered by e-mail; a typo loses them silently. \
        An address is `local@domain.tld` with no spaces.
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", email: ↓jan.acme.example }]"#)],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", email: jan@acme.example }]"#)])

    static func check(_ c: CustomerContext) {
        var emails: [LString] = []
        for user in c.customer.users {
            emails += [user.email, user.voicemail?.email, user.voicemail?.copyTo].compactMap { $0 }
        }
        emails += [c.customer.company?.voicemail?.email].compactMap { $0 }
        emails += c.customer.porting.compactMap { $0.signatory?.email }
        for order in c.customer.orders { emails += [order.contact?.email, order.billing?.invoiceEmail].compactMap { $0 } }
        for email in emails where !isEmail(email.value) {
            c.report(description, at: email.location, "`\(email.value)` is not an e-mail address",
                     help: "write it as name@domain.tld")
        }
    }

    /// `local@domain.tld`: one `@`, no white space, a domain of non-empty labels with
    /// a top-level label of at least two characters. Works on UTF-8 bytes (fast path
    /// of every check run).
    static func isEmail(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), at > 0,
              !bytes.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return false }
        let domain = bytes[(at + 1)...]
        guard !domain.contains(UInt8(ascii: "@")) else { return false }
        let labels = domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty } && (labels.last?.count ?? 0) >= 2
    }
}
