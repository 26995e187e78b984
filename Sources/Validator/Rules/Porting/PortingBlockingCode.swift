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
        Germany RNG, ADF, AIF, WAI, KNI, VAE or SON; Belgian and North American refusals give reasons, \
        which pbxc records as the codes `holder_mismatch`, `account_mismatch`, … (docs/porting.md). \
        Record it under `blocking:` with the reason as written: the code decides what must change before \
        the request goes out again, and the documents show its meaning in the customer's language.
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
            let other = profile.otherCodes.map { "; or \($0.describe)" } ?? ""
            c.report(description, at: code.location,
                     "`\(code.value)` is not a blocking code of \(profile.country): known are \(known)\(other)",
                     help: "write the code exactly as the losing provider sent it")
        }
    }
}
