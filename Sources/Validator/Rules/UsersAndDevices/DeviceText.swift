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
        var texts: [LString?] = [c.customer.info?.name]
        for user in c.customer.users {
            texts += [user.name, user.firstName, user.lastName]
            for device in user.devices { texts += [device.label] + device.keys.map(\.label) }
        }
        for case let text? in texts where text.value.unicodeScalars.contains(where: isControl) {
            c.report(description, at: text.location, "this text is shown on phones but contains a line break or control character",
                     help: "write it on one line, without control characters")
        }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
