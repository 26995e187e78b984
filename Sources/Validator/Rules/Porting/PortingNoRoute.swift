import Domain
import Parser

/// `porting-no-route`: after the port, every number must lead somewhere.
enum PortingNoRoute: CustomerRule {
    static let description = RuleDescription(
        id: "porting-no-route", severity: .error, section: .porting,
        summary: "a ported number has no destination in the numberplan (no owner, no `unassigned_numbers`): the customer would be unreachable after porting (the porting process advises it; the portal does not check) — beyond",
        rationale: """
        On the porting day calls to the numbers arrive at the platform. A number that is not in `numbers`, \
        or that no user, group or menu has while `company.unassigned_numbers` is not set, is refused from \
        that moment: the customer is unreachable on it. For a move between partners this holds once the \
        move has run (`executed`); before, its numbers cannot be on the account yet (`porting-move-routed-early`).
        """,
        bad: [Example.porting(#"numbers: [↓"+31 88 765 4000 - +31 88 765 4009"]"#,
                              company: #"company: { number: "+31887654000" }"#) + "\n" +
              #"users: [{ id: jan, name: Jan, extension: "201", number: "+31887654000" }]"#],
        good: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#)])

    static func check(_ c: CustomerContext) {
        let hasDefault = c.customer.company?.unassignedNumbers != nil
        let owned = Set(c.entities.all.compactMap { $0.number.flatMap { c.validPhone($0.value)?.digits } })
        for p in c.portings where p.isMove ? p.status == "executed" : p.isOpen {
            for range in p.ported {
                var unrouted: UInt64 = 0
                var unheld: UInt64 = 0
                for digits in range.first.digits...range.last.digits {
                    if c.heldRange(containing: PhoneNumber(digits: digits, isValid: true, kind: .unknown, region: "")) == nil {
                        unheld += 1
                    } else if !hasDefault && !owned.contains(digits) {
                        unrouted += 1
                    }
                }
                guard unrouted + unheld > 0 else { continue }
                let why = unheld > 0
                    ? "\(unheld) of its numbers \(unheld == 1 ? "is" : "are") not in the customer's `numbers`"
                    : "\(unrouted) of its numbers lead nowhere (no owner, no `unassigned_numbers`)"
                c.report(description, at: range.text.location,
                         "after porting, calls to `\(range.text.value)` would be refused: \(why)",
                         help: unheld > 0 ? "add the numbers to `numbers` and give them a destination"
                             : "give the numbers to users, groups or menus, or set `company.unassigned_numbers`")
            }
        }
    }
}
