import Domain
import Parser

/// `porting-move-routed-early`: a number exists on one account at a time.
enum PortingMoveRoutedEarly: CustomerRule {
    static let description = RuleDescription(
        id: "porting-move-routed-early", severity: .error, section: .porting,
        summary: "numbers of a move that has not run yet are already in the customer's `numbers`: they cannot be set up on the target account before the move",
        rationale: """
        A number exists on one account of the platform at a time. During a move the platform takes \
        the numbers off the previous partner's services and puts them on the new account; the customer \
        is offline meanwhile, and the numbers cannot be prepared on the new account beforehand. So \
        until the move is `executed` its numbers stay out of `numbers` (and out of the routing); once \
        executed, they go in and need a destination (`porting-no-route`).
        """,
        bad: [Example.move(#"numbers: [↓"+31 88 765 4000 - +31 88 765 4009"]"#)],
        good: [Example.move()])

    static func check(_ c: CustomerContext) {
        for p in c.portings where p.isMove && !["executed", "cancelled"].contains(p.status) {
            for range in p.ported {
                let early = c.heldRanges.reduce(UInt64(0)) { total, held in
                    let lo = max(held.first.digits, range.first.digits), hi = min(held.last.digits, range.last.digits)
                    return total + (lo <= hi ? hi - lo + 1 : 0)
                }
                guard early > 0 else { continue }
                c.report(description, at: range.text.location,
                         "`\(range.text.value)` moves in `\(p.id)` (\(p.status)) but \(early == range.count ? "is" : "\(early) of its numbers are") already in `numbers`: a number cannot be on two accounts at once",
                         help: "remove the numbers from `numbers` until the move has run; set `status: executed` and add them then")
            }
        }
    }
}
