import Domain
import Parser

/// `porting-billing-number`: a partial port that takes the BTN names its successor.
enum PortingBillingNumber: CustomerRule {
    static let description = RuleDescription(
        id: "porting-billing-number", severity: .error, section: .porting,
        summary: "a partial port takes the billing number (BTN) without naming its replacement",
        rationale: """
        In North America an account is known by its billing telephone number (BTN). When some numbers of \
        an account port and the BTN is among them, the losing carrier needs the number that becomes the \
        new BTN for what stays (`new_billing_number`, a number that does not port); without it the port \
        is rejected.
        """,
        bad: [billingExample(#"billing_number: ↓"+1 514 849 0100""#, held: "0105")],
        good: [billingExample(#"billing_number: "+1 514 849 0100""#, held: "0103")])

    /// A Canadian customer porting 0100–0103 of the numbers 0100–`held` at Bell.
    static func billingExample(_ billing: String, held: String) -> String {
        """
        customer: { id: erable, name: Érable inc., country: CA }
        numbers: ["+1 514 849 0100 - +1 514 849 0103"]
        company: { number: "+1 514 849 0100", unassigned_numbers: voicemail }
        porting:
          - id: port-1
            losing_provider: Bell
            contract: { account: "514-849-0100-001", handling: keep }
            holder: { name: Érable inc., street: Rue Sainte-Catherine O, house_number: "1", postcode: H3B 1A1, city: Montréal }
            submitted: 2026-11-02
            wanted_date: 2026-11-16
            numbers: ["+1 514 849 0100 - +1 514 849 0103"]
            held_at_provider: ["+1 514 849 0100 - +1 514 849 \(held)"]
            \(billing)
        """
    }

    static func check(_ c: CustomerContext) {
        for p in c.portings {
            guard p.profile?.hasBillingNumber == true, let btn = p.request.billingNumber,
                  let billing = c.validPhone(btn.value), p.ports(billing.digits), p.request.newBillingNumber == nil else { continue }
            let partial = p.heldAtProvider.contains { p.portedCount(in: $0) < $0.count }
            guard partial else { continue }
            c.report(description, at: btn.location,
                     "the billing number \(billing.e164) ports while other numbers stay with \(p.request.losingProvider?.value ?? "the carrier"): name the new billing number",
                     help: "add `new_billing_number:` — a number that stays on the account")
        }
    }
}
