import Domain
import Parser

/// `mac-format`: a MAC address is 12 hex digits and names one real device.
enum MACFormat: CustomerRule {
    static let description = RuleDescription(
        id: "mac-format", severity: .error, section: .usersAndDevices,
        summary: "a MAC is 12 hex digits; separators `:` `-` `.` allowed; not all-zero, broadcast or multicast",
        rationale: """
        The phone identifies itself by its MAC address, which "always consists of twelve hexadecimal \
        characters"; it is printed on the label under the phone. An all-zero, broadcast \
        or multicast address is never a phone's.
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: ↓"80:5E:C0:12:34", password: generate }] }]"#)],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: generate }] }]"#)])

    static func check(_ c: CustomerContext) {
        for device in c.devices {
            guard let mac = device.mac else { continue }
            guard let hex = MACAddress.normalise(mac.value) else {
                let digits = mac.value.filter { $0.isHexDigit }.count
                c.report(description, at: mac.location,
                         "MAC address `\(mac.value)` must be 12 hex digits (found \(digits))",
                         help: "copy the MAC from the label on the phone, e.g. 80:5E:C0:12:34:56")
                continue
            }
            let firstOctet = UInt8(hex.prefix(2), radix: 16) ?? 0
            if hex == "000000000000" || hex == "ffffffffffff" || firstOctet & 1 == 1 {
                c.report(description, at: mac.location,
                         "`\(mac.value)` is \(hex == "000000000000" ? "the all-zero" : hex == "ffffffffffff" ? "the broadcast" : "a multicast") address, never a phone's",
                         help: "copy the MAC from the label on the phone")
            }
        }
    }
}
