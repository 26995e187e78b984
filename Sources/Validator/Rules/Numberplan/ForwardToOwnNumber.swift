import Domain
import Parser

/// `forward-to-own-number`: a destination written as one of the customer's own numbers.
enum ForwardToOwnNumber: CustomerRule {
    static let description = RuleDescription(
        id: "forward-to-own-number", severity: .warning, section: .numberplan,
        summary: "a forward or other destination that is one of the customer's own numbers",
        rationale: """
        A destination written as a number the customer holds is dialled out through the trunk and \
        comes back in: it takes two lines, shows the wrong caller ID, and follows night mode as an \
        outside call — and a forward to the user's own number rings in a circle. Name the user, \
        group or menu (or its extension) instead.
        """,
        bad: [Example.customer("""
        users:
          - { id: jan, name: Jan, extension: "201", number: "+31887654001", forward: { busy: "+31887654002" } }
          - { id: piet, name: Piet, extension: "202", number: "+31887654002", forward: { unreachable: ↓"088 765 4001" } }
        """)],
        good: [Example.customer("""
        users:
          - { id: jan, name: Jan, extension: "201", number: "+31887654001", forward: { busy: piet } }
          - { id: piet, name: Piet, extension: "202", number: "+31887654002", forward: { unreachable: "06 12345678" },
              devices: [{ model: yealink-t54w, mac: "805EC0123457", password: generate }] }
        """)])

    static func check(_ c: CustomerContext) {
        for (field, destination) in c.resolvedDestinations {
            guard case .external(.success(let number)) = destination, let held = c.heldRange(containing: number) else {
                continue
            }
            let owner = c.entities.all.first { entity in
                entity.number.flatMap { c.validPhone($0.value) }?.digits == number.digits
            }
            c.report(description, at: field.text.location,
                     "\(field.role) is `\(field.text.value)`, one of the customer's own numbers (held as `\(held.text.value)`): "
                         + "the call goes out through the trunk and back in",
                     help: owner.map { "name \($0.label) instead" } ?? "name the user, group or menu it should reach instead")
        }
    }
}
