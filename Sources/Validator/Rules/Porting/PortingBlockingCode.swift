import Domain
import Parser

/// `porting-blocking-code`: a blocked request records the losing provider's code.
enum PortingBlockingCode: CustomerRule {
    static let description = RuleDescription(
        id: "porting-blocking-code", severity: .error, section: .porting,
        summary: "a blocked request without the losing provider's blocking code, or with a code the country's process does not have",
        rationale: """
        A losing provider that refuses a request says why with a code: in the Netherlands 22 means that \
        name and address do not match its records (other codes: ask the platform's administration); in \
        Germany RNG, ADF, AIF, WAI, KNI, VAE or SON. Belgium, the United States and Canada have no public \
        code list — the Belgian operators' porting specifications are for their members, North American \
        carriers reject under the industry's ordering guidelines, which are sold, not published, or under \
        their own lists — so there the refusal gives a reason in words and you pick pbxc's own name for \
        it: `holder_mismatch`, `account_mismatch`, `number_not_active`, … (docs/porting.md). These names \
        are pbxc's, not codes the losing provider sends; the documents show the reason in words. Record it \
        under `blocking:` with the reason as written: the code decides what must change before the \
        request goes out again, and the documents show its meaning in the customer's language.
        """,
        bad: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"# + "\n    status: ↓blocked"),
              Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"# + "\n    status: blocked\n    blocking: { code: ↓\"220\" }")],
        good: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#
                               + "\n    status: blocked\n    blocking: { code: \"22\", reason: NAW wijkt af }")])

    static func check(_ c: CustomerContext) {
        for p in c.portings where !p.isMove {
            guard let blocking = p.request.blocking else {
                if p.status == "blocked" {
                    c.report(description, at: p.request.status?.location ?? p.request.location,
                             "porting request `\(p.id)` is blocked without the losing provider's code",
                             help: "add `blocking: { code: …, reason: … }` as the losing provider sent them")
                }
                continue
            }
            guard let code = blocking.code, let profile = p.profile, !profile.knows(code.value) else { continue }
            let known = profile.blockingCodes.map(\.code).joined(separator: ", ")
            if profile.blockingCodesArePbxcNames {
                c.report(description, at: code.location,
                         "`\(code.value)` is not one of pbxc's names for a refusal in \(profile.country): \(known)",
                         help: "\(profile.country) has no public list of blocking codes, so pbxc names the usual reasons itself; pick the one the refusal's reason matches (`other` for any other) and keep the reason as written under `reason:`")
                continue
            }
            let other = profile.otherCodes.map { "; or \($0.describe)" } ?? ""
            c.report(description, at: code.location,
                     "`\(code.value)` is not a blocking code of \(profile.country): known are \(known)\(other)",
                     help: "write the code exactly as the losing provider sent it")
        }
    }
}
