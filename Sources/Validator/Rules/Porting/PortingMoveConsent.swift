import Domain
import Parser

/// `porting-move-consent`: a move between partners on one platform needs consent.
enum PortingMoveConsent: CustomerRule {
    static let description = RuleDescription(
        id: "porting-move-consent", severity: .error, section: .porting,
        summary: "a platform-internal move (`kind: move`) without the previous partner's written consent — beyond",
        rationale: """
        Moving a customer's numbers between two partners of the same platform is not a porting: there is \
        no losing provider, but the previous partner must consent in writing, exactly the numbers listed \
        move, and the customer is offline during the move. `consent:` names the signed \
        document; `previous_partner:` whom it is from.
        """,
        bad: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]\#n    kind: ↓move"#)],
        good: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]\#n    kind: move\#n    previous_partner: "050613"\#n    consent: DOC-2026-0042"#)])

    static func check(_ c: CustomerContext) {
        for p in c.portings where p.isMove {
            var missing: [String] = []
            if p.request.consent == nil { missing.append("`consent` (the previous partner's signed consent)") }
            if p.request.previousPartner == nil { missing.append("`previous_partner`") }
            guard !missing.isEmpty else { continue }
            c.report(description, at: p.request.kind?.location ?? p.request.location,
                     "a move between partners needs \(missing.joined(separator: " and "))",
                     help: "moves need the previous partner's written consent; reference it in `consent:`")
        }
    }
}
