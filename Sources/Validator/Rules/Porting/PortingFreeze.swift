import Domain
import Parser

/// `porting-freeze`: a freeze on the account is lifted before the request.
enum PortingFreeze: CustomerRule {
    static let description = RuleDescription(
        id: "porting-freeze", severity: .error, section: .porting,
        summary: "the account at the losing carrier has a service freeze or a carrier-change restriction (`freeze: true`)",
        rationale: """
        A service freeze (for example after a breach of the agreement with the old carrier) or a \
        restriction on changing carriers blocks every port of the account. It must be lifted — by the \
        customer, at the losing carrier — before the request goes out.
        """,
        bad: [PortingBillingNumber.billingExample(#"billing_number: "+1 514 849 0100""#, held: "0103") + "\n    freeze: ↓true"],
        good: [PortingBillingNumber.billingExample(#"billing_number: "+1 514 849 0100""#, held: "0103") + "\n    freeze: false"])

    static func check(_ c: CustomerContext) {
        for p in c.portings where p.isBeforeRequest || p.status == "requested" {
            guard let freeze = p.request.freeze, freeze.value else { continue }
            c.report(description, at: freeze.location,
                     "the account at \(p.request.losingProvider?.value ?? "the losing carrier") has a freeze: the port will be rejected",
                     help: "have the customer lift it at the carrier, then set `freeze: false`")
        }
    }
}
