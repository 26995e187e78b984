import Domain
import Parser

/// `device-text`: text that phones show must be one line.
enum DeviceText: CustomerRule {
    static let description = RuleDescription(
        id: "device-text", severity: .error, section: .usersAndDevices,
        summary: "a name or label written into phone files contains a line break or another control character — beyond",
        rationale: """
        User names, device and key labels and the customer name end up in phone configuration files. In a \
        `key = value` file (Yealink) a line break would start a new setting, so a name could inject one \
        (a provisioning URL, a password). pbxc refuses such text instead of guessing how to repair it; \
        XML formats escape everything else.
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: ↓"Jan\nstatic.auto_provision.server.url = http://evil", extension: "201" }]"#)],
        good: [Example.customer(#"users: [{ id: jan, name: "Jan <de Vries> & Co", extension: "201" }]"#)])

    static func check(_ c: CustomerContext) {
        func inspect(_ text: LString?) {
            guard let text, hasControl(text.value) else { return }
            c.report(description, at: text.location, "this text is shown on phones but contains a line break or control character",
                     help: "write it on one line, without control characters")
        }
        inspect(c.customer.info?.name)
        for user in c.customer.users {
            inspect(user.name)
            inspect(user.firstName)
            inspect(user.lastName)
            for device in user.devices {
                inspect(device.label)
                for key in device.keys { inspect(key.label) }
            }
        }
    }

    /// On the UTF-8 bytes first (it runs for every name of every user): ASCII control
    /// bytes; only text with non-ASCII bytes is looked at scalar by scalar (C1 controls,
    /// line and paragraph separators).
    static func hasControl(_ text: String) -> Bool {
        var nonASCII = false
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F { return true }
            if byte >= 0x80 { nonASCII = true }
        }
        return nonASCII && text.unicodeScalars.contains(where: isControl)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
