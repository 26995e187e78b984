import Domain
import Parser

/// `number-assigned-twice`: one DDI belongs to one user, group or menu.
enum NumberAssignedTwice: CustomerRule {
    static let description = RuleDescription(
        id: "number-assigned-twice", severity: .error, section: .numberplan,
        summary: "one DDI given to two entities",
        rationale: """
        A direct number routes to exactly one user, hunt group or menu (the portal offers only the \
        *free* numbers for each). The company number may also be a menu's number: that is the \
        main number's entry.
        """,
        bad: [Example.customer("""
        users:
          - { id: jan, name: Jan, extension: "201", number: "+31887654001" }
          - { id: piet, name: Piet, extension: "202", number: ↓"+31887654001" }
        """)],
        good: [Example.customer("""
        users:
          - { id: jan, name: Jan, extension: "201", number: "+31887654001" }
          - { id: piet, name: Piet, extension: "202", number: "+31887654002" }
        """)])

    static func check(_ c: CustomerContext) {
        var first: [UInt64: (Entity, LString)] = [:]
        for entity in c.entities.all {
            guard let text = entity.number, let number = c.validPhone(text.value) else { continue }
            if let (owner, at) = first[number.digits] {
                c.report(description, at: text.location,
                         "\(number.e164) is already the number of \(owner.label)",
                         notes: [("\(owner.label) has it here", at.location)],
                         help: "give \(entity.label) another held number, or remove one of the two")
            } else {
                first[number.digits] = (entity, text)
            }
        }
    }
}
