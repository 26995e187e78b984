import Diagnostics
import Domain
import Parser

/// `email-format`: e-mail addresses must be addresses.
enum EmailFormat: CustomerRule {
    static let description = RuleDescription(
        id: "email-format", severity: .error, section: .usersAndDevices,
        summary: "not an e-mail address",
        rationale: """
        Voicemail, invoices and signature requests are delivered by e-mail; a typo loses them silently. \
        An address is `local@domain.tld` with no spaces or control characters. Characters that real \
        addresses do not use but configuration files give meaning to (`$ , ; ( ) [ ] { } < > " \\ |`) are \
        refused too: the address is written into voicemail and provisioning files.
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", email: ↓jan.acme.example }]"#)],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", email: jan@acme.example }]"#)])

    static func check(_ c: CustomerContext) {
        func check(_ email: LString?) {
            guard let email, !isEmail(email.value) else { return }
            c.report(description, at: email.location, "`\(MessageText.escaped(email.value))` is not an e-mail address",
                     help: "write it as name@domain.tld")
        }
        for user in c.customer.users {
            check(user.email)
            check(user.voicemail?.email)
            check(user.voicemail?.copyTo)
        }
        check(c.customer.company?.voicemail?.email)
        for request in c.customer.porting { check(request.signatory?.email) }
        for user in c.customer.portalUsers { check(user.email) }
        for order in c.customer.orders {
            check(order.contact?.email)
            check(order.billing?.invoiceEmail)
        }
    }

    /// `local@domain.tld`: one `@`, no white space or control character, a domain of non-empty labels with
    /// a top-level label of at least two characters. (On UTF-8 bytes, no copies.)
    static func isEmail(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { isEmail(bytes: $0) } ?? isEmail(bytes: Array(text.utf8))
    }

    private static func isEmail<C: Collection<UInt8>>(bytes: C) -> Bool {
        var seenAt = false, localLength = 0, labels = 0, labelLength = 0, afterC2 = false
        for byte in bytes {
            // C1 controls (U+0080–U+009F, e.g. CSI) are 0xC2 0x80–0x9F in UTF-8; only
            // non-ASCII bytes pay for the test (it runs for every address).
            if byte >= 0x80 {
                if afterC2, byte <= 0x9F { return false }
                afterC2 = byte == 0xC2
            } else {
                afterC2 = false
            }
            switch byte {
            // White space and control characters (an escape sequence would recolour
            // or rewrite the terminal that shows the address).
            case 0x00...0x20, 0x7F: return false
            // Meaningful in Asterisk and provisioning files; no real address uses them.
            case UInt8(ascii: "$"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "<"),
                 UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "|"):
                return false
            case UInt8(ascii: "@"):
                if seenAt || localLength == 0 { return false }
                seenAt = true
            case UInt8(ascii: ".") where seenAt:
                if labelLength == 0 { return false }
                labels += 1
                labelLength = 0
            default:
                if seenAt { labelLength += 1 } else { localLength += 1 }
            }
        }
        return seenAt && labels >= 1 && labelLength >= 2
    }
}
