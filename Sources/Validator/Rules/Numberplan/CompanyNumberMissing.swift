import Diagnostics
import Domain
import Parser

/// `company-number-missing`: without a company number nobody can call out.
enum CompanyNumberMissing: CustomerRule {
    static let description = RuleDescription(
        id: "company-number-missing", severity: .error, section: .numberplan,
        summary: "no company number: nobody can call out",
        rationale: """
        "Indien het bedrijfsnummer niet is ingesteld kan er niet worden gebeld!" — without a company \
        number no call can be made. It is also the caller ID of users without a number \
        of their own.
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201" }]"#,
                               company: "↓company: { unassigned_numbers: voicemail }")],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201" }]"#)])

    static func check(_ c: CustomerContext) {
        guard c.customer.company?.number == nil else { return }
        guard let place = c.customer.sections["company"] ?? c.customer.sections["customer"]
                ?? c.customer.files.first.map(SourceLocation.start(of:)) else { return }
        let held = c.heldRanges.first.map { " such as \($0.first.e164)" } ?? ""
        c.report(description, at: place, "the customer has no company number: nobody can call out",
                 help: "set `company.number` to one of the held numbers\(held)")
    }
}
