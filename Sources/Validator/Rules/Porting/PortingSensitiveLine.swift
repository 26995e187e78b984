import Domain
import Parser

/// `porting-sensitive-line`: alarm, lift and emergency lines stay where they are.
enum PortingSensitiveLine: CustomerRule {
    static let description = RuleDescription(
        id: "porting-sensitive-line", severity: .error, section: .porting,
        summary: "an alarm, lift or emergency line must not be ported to VoIP",
        rationale: """
        Alarm panels, lift phones and emergency lines rely on the copper line's properties (power, \
        signalling); after a port to VoIP they may fail silently. Leave them out of the \
        request and arrange a replacement with the alarm or lift company first.
        """,
        bad: [Example.porting(#"""
        numbers: ["+31 88 765 4000 - +31 88 765 4009"]
            services: { alarm: [↓"+31 88 765 4005"] }
        """#)],
        good: [Example.porting(#"""
        numbers: ["+31 88 765 4000 - +31 88 765 4009"]
            services: { alarm: ["+31 85 487 9610"] }
        """#)])

    static func check(_ c: CustomerContext) {
        for p in c.portings {
            for kind in ["alarm", "lift", "emergency"] {
                for line in p.request.services[kind] ?? [] {
                    guard let phone = c.validPhone(line.value), p.ports(phone.digits) else { continue }
                    c.report(description, at: line.location,
                             "\(phone.e164) is \(kind == "alarm" ? "an alarm" : kind == "lift" ? "a lift" : "an emergency") line: it must not be ported to VoIP",
                             help: "leave it out of `numbers` (a DDI block with it stays whole at the provider) and arrange a replacement first")
                }
            }
        }
    }
}
