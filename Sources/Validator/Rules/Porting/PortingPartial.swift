import Domain
import Parser

/// `porting-partial`: numbers left behind at the provider.
enum PortingPartial: CustomerRule {
    static let description = RuleDescription(
        id: "porting-partial", severity: .warning, section: .porting,
        summary: "the request leaves numbers behind at the provider: may be delayed or refused",
        rationale: """
        When only some of the numbers on a contract move, the losing provider keeps the contract for the \
        rest; partial ports take longer and are refused more often. Port everything in \
        `held_at_provider`, or make sure the customer wants to keep the rest there.
        """,
        bad: [Example.porting(#"""
        numbers: ["+31 88 765 4000 - +31 88 765 4009"]
            held_at_provider: [↓"+31 88 765 4000 - +31 88 765 4009", "+31 85 487 9610"]
        """#)],
        good: [Example.porting(#"""
        numbers: ["+31 88 765 4000 - +31 88 765 4009", "+31 85 487 9610"]
            held_at_provider: ["+31 88 765 4000 - +31 88 765 4009", "+31 85 487 9610"]
        """#)])

    static func check(_ c: CustomerContext) {
        for p in c.portings where !p.heldAtProvider.isEmpty {
            let intervals = p.heldIntervals
            let held = intervals.reduce(UInt64(0)) { $0 + UInt64($1.count) }
            let moving = p.ported.reduce(UInt64(0)) { $0 + p.heldCount(in: $1) }
            guard moving < held, let first = p.request.heldAtProvider.first else { continue }
            c.report(description, at: first.location,
                     "this request leaves \(held - moving) of the \(held) numbers held at \(p.request.losingProvider?.value ?? "the provider") behind: a partial port may be delayed or refused",
                     help: "port all of `held_at_provider`, or confirm that the customer keeps the rest there")
        }
    }
}
