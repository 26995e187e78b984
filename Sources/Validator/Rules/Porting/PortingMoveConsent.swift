import Domain
import Parser

/// `porting-move-consent`: a move between partners on one platform needs both partners' consent.
enum PortingMoveConsent: CustomerRule {
    static let description = RuleDescription(
        id: "porting-move-consent", severity: .error, section: .porting,
        summary: "a platform-internal move (`kind: move`) without the written consent of both partners",
        rationale: """
        Moving a customer's numbers between two partners of the same platform is not a porting: no \
        losing provider is asked, no lead time runs. Instead the previous partner confirms in writing, \
        signed by someone authorised to sign, that the numbers may go, and both partners agree on the \
        move. `previous_partner:` names the partner; `consent:` the previous partner's signed document \
        (`previous_partner`), who signed it (`signed_by`) and the gaining partner's agreement \
        (`gaining_partner`). Only the numbers the document names move.
        """,
        bad: [Example.move(consent: "consent: ↓{ previous_partner: DOC-2026-0042 }")],
        good: [Example.move()])

    static func check(_ c: CustomerContext) {
        for p in c.portings where p.isMove {
            var missing: [String] = []
            let consent = p.request.consent
            if consent?.previousPartner == nil { missing.append("the previous partner's signed document (`consent.previous_partner`)") }
            if consent?.signedBy == nil { missing.append("who signed it (`consent.signed_by`)") }
            if consent?.gainingPartner == nil { missing.append("the gaining partner's agreement (`consent.gaining_partner`)") }
            if p.request.previousPartner == nil { missing.append("`previous_partner`") }
            guard !missing.isEmpty else { continue }
            c.report(description, at: consent?.location ?? p.request.kind?.location ?? p.request.location,
                     "move `\(p.id)` needs \(missing.joined(separator: ", "))",
                     help: "a move needs the written consent of both partners; the previous partner's is signed by an authorised signatory")
        }
    }
}
