import Domain
import Parser

/// `number-not-held`: a number given to the company, a user, group or menu must be
/// one the customer holds.
enum NumberNotHeld: CustomerRule {
    static let description = RuleDescription(
        id: "number-not-held", severity: .error, section: .numberplan,
        summary: "a company/user/group/menu number is not in `numbers`",
        rationale: """
        The portal only offers "the available free numbers": a number the \
        customer does not hold cannot ring anywhere. Add it to `numbers` (for example after a porting) or \
        pick a held one.
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", number: ↓"+31887654311" }]"#)],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", number: "+31887654001" }]"#)])

    static func check(_ c: CustomerContext) {
        var owned: [(LString, Entity?)] = []
        if let number = c.customer.company?.number { owned.append((number, nil)) }
        for entity in c.entities.all { if let n = entity.number { owned.append((n, entity)) } }
        for (text, owner) in owned {
            guard let number = c.validPhone(text.value), c.heldRange(containing: number) == nil else { continue }
            let role = owner.map { "the number of \($0.label)" } ?? "the company number"
            c.report(description, at: text.location,
                     "\(role) \(number.e164) is not one of the customer's numbers",
                     help: "add it to `numbers`, or use a number the customer holds")
        }
    }
}
