import Domain
import Parser

/// `porting-changed-while-requested`: a request under answer stays as sent.
enum PortingChangedWhileRequested: DiffRule {
    static let description = RuleDescription(
        id: "porting-changed-while-requested", severity: .error, section: .lifecycles,
        summary: "numbers, holder, contract or billing numbers of a request changed while the losing provider is answering",
        rationale: """
        While a request is `requested`, the losing provider checks exactly what was sent; changing its \
        numbers, holder, contract or billing numbers in the repository no longer matches it. Wait for the answer (after `blocked`, \
        correct and request again). Checked by `pbxc diff` between two revisions.
        """,
        bad: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#) + "\n    status: requested\n\(RuleRegistry.revisionSeparator)\n"
              + Example.porting(#"numbers: [↓"+31 88 765 4000 - +31 88 765 4009", "+31 85 487 9610"]"#) + "\n    status: requested"],
        good: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#) + "\n    status: blocked\n    blocking: { code: \"22\" }\n\(RuleRegistry.revisionSeparator)\n"
               + Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009", "+31 85 487 9610"]"#) + "\n    status: blocked\n    blocking: { code: \"22\" }"])

    static func check(_ c: CustomerContext, old: LifecycleSnapshot) {
        for request in c.customer.porting {
            guard let id = request.id?.value, let before = old.porting[id], before.status == "requested",
                  let now = LifecycleSnapshot(c.customer).porting[id] else { continue }
            let status = request.status?.value ?? "draft"
            guard ["requested", "approved"].contains(status) else { continue }
            if now.numbers != before.numbers {
                c.report(description, at: request.numbers.first?.location ?? request.location,
                         "the numbers of porting request `\(id)` changed while the losing provider is answering",
                         help: "restore them; after the answer (`blocked`), correct and request again")
            }
            if now.contract != before.contract {
                c.report(description, at: request.contract?.location ?? request.location,
                         "the contract of porting request `\(id)` changed while the losing provider is answering",
                         help: "restore it; after the answer (`blocked`), correct and request again")
            }
            if now.billing != before.billing {
                c.report(description, at: request.billingNumber?.location ?? request.newBillingNumber?.location ?? request.location,
                         "the billing numbers of porting request `\(id)` changed while the losing provider is answering",
                         help: "restore them; after the answer (`blocked`), correct and request again")
            }
            if now.holder != before.holder {
                c.report(description, at: request.holder?.location ?? request.location,
                         "the holder of porting request `\(id)` changed while the losing provider is answering",
                         help: "restore it; after the answer (`blocked`), correct and request again")
            }
        }
    }
}
