import Domain
import Parser

/// `order-changed-after-signing`: what was signed stays as signed.
enum OrderChangedAfterSigning: DiffRule {
    static let description = RuleDescription(
        id: "order-changed-after-signing", severity: .error, section: .lifecycles,
        summary: "order lines or billing changed after signing without a new signature round",
        rationale: """
        Once an order is out for signature or signed, its lines and billing data are what the customer \
        signs; changing them needs a new round (back to `draft`, then `sent_for_signature`). Checked by \
        `pbxc diff` between two revisions.
        """,
        bad: [Example.order(lines: #"[{ product: connection-fee, quantity: 1 }]"#) + "\n    status: signed\n\(RuleRegistry.revisionSeparator)\n"
              + Example.order(lines: #"[↓{ product: connection-fee, quantity: 2 }]"#) + "\n    status: signed"],
        good: [Example.order(lines: #"[{ product: connection-fee, quantity: 1 }]"#) + "\n    status: sent_for_signature\n\(RuleRegistry.revisionSeparator)\n"
               + Example.order(lines: #"[{ product: connection-fee, quantity: 2 }]"#) + "\n    status: draft"])

    static func check(_ c: CustomerContext, old: LifecycleSnapshot) {
        for order in c.customer.orders {
            guard let id = order.id?.value, let before = old.orders[id],
                  ["sent_for_signature", "signed", "exported"].contains(before.status) else { continue }
            let now = LifecycleSnapshot(c.customer).orders[id]
            let status = order.status?.value ?? "draft"
            guard status != "draft", status != "cancelled", let now,
                  now.lines != before.lines || now.billing != before.billing else { continue }
            let what = now.lines != before.lines ? "lines" : "billing"
            c.report(description, at: (now.lines != before.lines ? order.lines.first?.location : order.billing?.location)
                         ?? order.location,
                     "the \(what) of order `\(id)` changed after it was \(before.status == "sent_for_signature" ? "sent for signature" : "signed")",
                     help: "set `status: draft` and send it for signature again")
        }
    }
}
