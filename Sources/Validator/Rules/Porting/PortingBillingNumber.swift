import Domain
import Parser

/// `porting-billing-number`: a partial port that takes the BTN names its successor.
enum PortingBillingNumber: CustomerRule {
    static let description = RuleDescription(
        id: "porting-billing-number", severity: .error, section: .porting,
        summary: "a partial port takes the billing number (BTN) without naming a valid replacement (North America)",
        rationale: """
        In North America an account is known by its billing telephone number (BTN). When some numbers of \
        an account port and the BTN is among them, the losing carrier needs the number that becomes the \
        new BTN for what stays (`new_billing_number`): a number of the account (`held_at_provider`) that \
        does not port and is not the old BTN; without it the port is rejected. North American numbers \
        port one by one, so a partial port may take part of an aligned ten.
        """,
        bad: [billingExample(#"billing_number: ↓"+1 514 849 0100""#, held: "0105"),
              billingExample(#"billing_number: "+1 514 849 0100"\#n    new_billing_number: ↓"+1 514 849 0102""#, held: "0109")],
        good: [billingExample(#"billing_number: "+1 514 849 0100""#, held: "0103"),
               billingExample(#"billing_number: "+1 514 849 0100"\#n    new_billing_number: "+1 514 849 0105""#, held: "0109")])

    /// A Canadian customer porting 0100–0103 of the numbers 0100–`held` at Bell. A
    /// partial port is acknowledged (the customer keeps the rest at Bell).
    static func billingExample(_ billing: String, held: String) -> String {
        let keep = held == "0103" ? "" : "  # pbxc: ignore[porting-partial] the customer keeps the other numbers at Bell"
        return """
        customer: { id: erable, name: Érable inc., country: CA }
        numbers: ["+1 514 849 0100 - +1 514 849 0103"]
        company: { number: "+1 514 849 0100", unassigned_numbers: voicemail }
        porting:
          - id: port-1
            losing_provider: Bell
            contract: { account: "514-849-0100-001", handling: keep }
            holder: { name: Érable inc., street: Rue Sainte-Catherine O, house_number: "1", postcode: H3B 1A1, city: Montréal, province: QC }
            submitted: 2026-11-02
            wanted_date: 2026-11-16
            csr_date: 2026-10-28
            numbers: ["+1 514 849 0100 - +1 514 849 0103"]
            held_at_provider: ["+1 514 849 0100 - +1 514 849 \(held)"]\(keep)
            \(billing)
        """
    }

    static func check(_ c: CustomerContext) {
        for p in c.portings {
            guard p.profile?.hasBillingNumber == true, let btn = p.request.billingNumber,
                  let billing = c.validPhone(btn.value) else { continue }
            let carrier = p.request.losingProvider?.value ?? "the carrier"
            if let text = p.request.newBillingNumber, let new = c.validPhone(text.value) {
                let problem: String? =
                    new.digits == billing.digits ? "is the old billing number"
                    : p.ports(new.digits) ? "ports too"
                    : !p.heldAtProvider.isEmpty && !p.isHeld(new.digits) ? "is not among the numbers held at \(carrier) (`held_at_provider`)"
                    : nil
                if let problem {
                    c.report(description, at: text.location,
                             "the new billing number \(new.e164) \(problem): it must be a number that stays on the account at \(carrier)",
                             help: "name a number of `held_at_provider` that does not port")
                }
                continue
            }
            guard p.ports(billing.digits), p.request.newBillingNumber == nil else { continue }
            let partial = p.heldIntervals.contains { r in
                p.ported.reduce(UInt64(0)) { total, range in
                    let lo = max(r.lowerBound, range.first.digits), hi = min(r.upperBound, range.last.digits)
                    return total + (lo <= hi ? hi - lo + 1 : 0)
                } < UInt64(r.count)
            }
            guard partial else { continue }
            c.report(description, at: btn.location,
                     "the billing number \(billing.e164) ports while other numbers stay with \(carrier): name the new billing number",
                     help: "add `new_billing_number:` — a number that stays on the account")
        }
    }
}
