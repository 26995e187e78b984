import Domain
import Parser

/// `mac-duplicate`: one MAC, one device — across the whole repository.
enum MACDuplicate: RepositoryRule {
    static let description = RuleDescription(
        id: "mac-duplicate", severity: .error, section: .usersAndDevices,
        summary: "one MAC on two devices — across the whole repository",
        rationale: """
        A phone fetches its configuration by its MAC; two entries with one MAC give the \
        phone two identities, and only one of them wins. Checked across all customers of the repository.
        """,
        bad: [Example.customer("""
        users:
          - { id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: generate }] }
          - { id: piet, name: Piet, extension: "202", devices: [{ model: snom-d785, mac: ↓"80-5e-c0-12-34-56", password: generate }] }
        """)],
        good: [Example.customer("""
        users:
          - { id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: generate }] }
          - { id: piet, name: Piet, extension: "202", devices: [{ model: snom-d785, mac: "00:04:13:12:34:57", password: generate }] }
        """)])

    static func check(_ r: RepositoryContext) {
        for mac in r.macOrder {
            guard let seen = r.macs[mac], seen.count > 1, let first = seen.first else { continue }
            for other in seen.dropFirst() {
                let whose = other.customer == first.customer ? "another device" : "a device of customer `\(first.customer)`"
                r.report(description, at: other.location, "MAC \(mac) is already used by \(whose)",
                         notes: [("first used here", first.location)],
                         help: "each phone has its own MAC; check the label on the phone")
            }
        }
    }
}
