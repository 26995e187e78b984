import Domain
import Parser

/// `porting-requested-again`: a blocked request goes out again only corrected.
enum PortingRequestedAgain: DiffRule {
    static let description = RuleDescription(
        id: "porting-requested-again", severity: .error, section: .lifecycles,
        summary: "a blocked request is requested again without a change to what its blocking code names",
        rationale: """
        A blocking code names what the losing provider found wrong: the Dutch code 22 the holder's name \
        and address, the German ADF the address, KNI the contract, RNG the numbers, and so on \
        (docs/porting.md). Requesting again with that part unchanged is refused again. Codes that ask \
        for no correction (another request pending, other reasons) are not checked. Checked by \
        `pbxc diff` between two revisions.
        """,
        bad: [blocked("Acme B.V.", status: "blocked") + "\n\(RuleRegistry.revisionSeparator)\n"
              + blocked("Acme B.V.", status: "↓requested")],
        good: [blocked("Acme B.V.", status: "blocked") + "\n\(RuleRegistry.revisionSeparator)\n"
               + blocked("Acme Amstelveen B.V.", status: "requested"),
               // North America: the province is part of the service address (PQ, the old
               // abbreviation, corrected to QC as the carrier's record has it).
               canadian(province: "PQ", status: "blocked") + "\n\(RuleRegistry.revisionSeparator)\n"
               + canadian(province: "QC", status: "requested")])

    static func canadian(province: String, status: String) -> String {
        PortingBillingNumber.billingExample(#"billing_number: "+1 514 849 0100""#
                                            + "\n    status: \(status)\n    blocking: { code: address_mismatch }", held: "0103")
            .replacingOccurrences(of: "province: QC", with: "province: \(province)")
    }

    static func blocked(_ name: String, status: String) -> String {
        Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#
                        + "\n    status: \(status)\n    blocking: { code: \"22\", reason: NAW wijkt af }",
                        holder: "holder: { name: \(name), street: Krijgsman, house_number: \"14\", postcode: 1186DM, city: Amstelveen }")
    }

    static func check(_ c: CustomerContext, old: LifecycleSnapshot) {
        let snapshot = LifecycleSnapshot(c.customer)
        for p in c.portings where !p.isMove && p.status == "requested" {
            guard let before = old.porting[p.id], before.status == "blocked", let now = snapshot.porting[p.id],
                  let code = before.blockingCode, let profile = p.profile, let known = profile.blockingCode(code),
                  !known.fields.isEmpty else { continue }
            guard known.fields.allSatisfy({ now.part($0) == before.part($0) }) else { continue }
            let parts = known.fields.compactMap { BlockingCode.fieldNames[$0] }.joined(separator: " or ")
            c.report(description, at: p.request.status?.location ?? p.request.location,
                     "porting request `\(p.id)` was blocked with code \(code) (\(known.meaning(in: "en"))) and goes out again with \(parts) unchanged",
                     help: known.fix)
        }
    }
}
