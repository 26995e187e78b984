import Domain
import Parser

/// `porting-mixed-provider`: one request, one losing provider and contract.
enum PortingMixedProvider: CustomerRule {
    static let description = RuleDescription(
        id: "porting-mixed-provider", severity: .error, section: .porting,
        summary: "numbers of one request at different providers or contracts: one request each",
        rationale: """
        A porting request goes to one losing provider for one contract; numbers held elsewhere must go in \
        a request of their own. When `held_at_provider` lists what the customer has at \
        this provider, a number of the request that is not in it is held somewhere else. The numbers may \
        be listed there as ranges or one by one.
        """,
        bad: [Example.porting(#"""
        numbers: ["+31 88 765 4000 - +31 88 765 4009", ↓"+31 85 487 9610"]
            held_at_provider: ["+31 88 765 4000 - +31 88 765 4009"]
        """#)],
        good: [Example.porting(#"""
        numbers: ["+31 88 765 4000 - +31 88 765 4009"]
            held_at_provider: ["+31 88 765 4000 - +31 88 765 4009"]
        """#),
               Example.porting(#"""
        numbers: ["+31 88 765 4000 - +31 88 765 4009", "+31 85 487 9610"]
            held_at_provider: ["+31 85 487 9610", "+31 88 765 4000 - +31 88 765 4007", "+31 88 765 4008", "+31 88 765 4009"]
        """#)])

    static func check(_ c: CustomerContext) {
        for p in c.portings where !p.heldAtProvider.isEmpty {
            for range in p.ported {
                guard p.heldCount(in: range) < range.count else { continue }
                c.report(description, at: range.text.location,
                         "`\(range.text.value)` is not among the numbers held at \(p.request.losingProvider?.value ?? "the losing provider") (`held_at_provider`): it belongs in a request of its own",
                         help: "move it to a request for its own provider and contract, or add it to `held_at_provider` if it is held there")
            }
        }
    }
}
