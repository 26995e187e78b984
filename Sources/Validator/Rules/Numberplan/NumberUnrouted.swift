import Domain
import Parser

/// `number-unrouted`: held numbers that lead nowhere.
enum NumberUnrouted: CustomerRule {
    static let description = RuleDescription(
        id: "number-unrouted", severity: .warning, section: .numberplan,
        summary: "held numbers that lead nowhere (no owner and no `unassigned_numbers`): one finding per held range, with the count — beyond",
        rationale: """
        A caller dialling a held number that no user, group or menu has, while `company.unassigned_numbers` \
        is not set, is refused. That may be intended (numbers kept for later), so this is a warning: set \
        `unassigned_numbers` (for example to the main menu) to catch them.
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", number: "+31887654000" }]"#,
                               company: #"company: { number: "+31887654000" }"#,
                               numbers: #"numbers: [↓"+31 88 765 4000 - +31 88 765 4009"]"#)],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", number: "+31887654000", devices: [{ model: yealink-t54w, mac: "805EC0123456", password: generate }] }]"#,
                                company: #"company: { number: "+31887654000", unassigned_numbers: jan }"#)])

    static func check(_ c: CustomerContext) {
        guard c.customer.company?.unassignedNumbers == nil else { return }
        let owned = Set(c.entities.all.compactMap { $0.number.flatMap { c.validPhone($0.value)?.digits } })
        for range in c.heldRanges {
            let ownedHere = owned.filter { range.contains($0) }.count
            let unrouted = Int(range.count) - ownedHere
            guard unrouted > 0 else { continue }
            let message = range.isRange
                ? "\(unrouted) of the \(range.count) numbers of this range lead nowhere: no user, group or menu has them"
                : "\(range.first.e164) leads nowhere: no user, group or menu has it"
            c.report(description, at: range.text.location, message,
                     help: "set `company.unassigned_numbers` (e.g. to the main menu), or give the numbers to users")
        }
    }
}
