import Domain
import Parser

/// `porting-linked-service`: internet or TV on a ported line ends.
enum PortingLinkedService: CustomerRule {
    static let description = RuleDescription(
        id: "porting-linked-service", severity: .warning, section: .porting,
        summary: "a number carries internet or TV: that service ends on the porting day",
        rationale: """
        When a number that carries internet or TV (DSL on the line) is ported, the losing provider ends \
        the line and with it that service, on the porting day. Make sure the customer has \
        a replacement connection by then.
        """,
        bad: [Example.porting(#"""
        numbers: ["+31 88 765 4000 - +31 88 765 4009"]
            services: { internet: [↓"+31 88 765 4001"] }
        """#)],
        good: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#)])

    static func check(_ c: CustomerContext) {
        for p in c.portings {
            for kind in ["internet", "tv"] {
                for line in p.request.services[kind] ?? [] {
                    guard let phone = c.validPhone(line.value), p.ports(phone.digits) else { continue }
                    c.report(description, at: line.location,
                             "\(phone.e164) carries \(kind == "tv" ? "TV" : "internet"): it ends on the porting day",
                             help: "make sure the customer has another connection before the porting day")
                }
            }
        }
    }
}
