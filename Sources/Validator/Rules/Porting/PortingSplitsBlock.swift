import Domain
import Parser

/// `porting-splits-block`: DDI blocks port whole.
enum PortingSplitsBlock: CustomerRule {
    static let description = RuleDescription(
        id: "porting-splits-block", severity: .error, section: .porting,
        summary: "a DDI-10/DDI-100 block — from `numbers` or `held_at_provider` — is ported in part: blocks cannot be split; names the whole block (countries with DDI blocks: NL, BE, DE — not North America)",
        rationale: """
        A DDI block (10, 100 or 1000 consecutive numbers from …0) is allocated and ported as one unit; a \
        request for part of it is refused by the losing provider. Port the whole block, or none \
        of it.
        """,
        bad: [Example.porting(#"numbers: [↓"+31 88 765 4000 - +31 88 765 4004"]"#)],
        good: [Example.porting(#"numbers: ["+31 88 765 4000 - +31 88 765 4009"]"#),
               PortingBillingNumber.billingExample(#"billing_number: "+1 514 849 0100"\#n    new_billing_number: "+1 514 849 0105""#, held: "0109")])

    static func check(_ c: CustomerContext) {
        for p in c.portings where p.profile?.ddiBlocks == true {
            let blocks = (c.heldRanges + p.heldAtProvider).filter { $0.blockSize != nil }
            var reported = Set<UInt64>()
            for block in blocks where reported.insert(block.first.digits).inserted {
                let inside = p.portedCount(in: block)
                guard inside > 0, inside < block.count,
                      let entry = p.ported.first(where: { $0.last.digits >= block.first.digits && $0.first.digits <= block.last.digits })
                else { continue }
                c.report(description, at: entry.text.location,
                         "\(block.first.e164) – \(block.last.e164) is a DDI-\(block.count) block: it ports whole, but this request takes \(inside) of its \(block.count) numbers",
                         help: "port \"\(block.first.e164) - \(block.last.e164)\", or none of it")
            }
        }
    }
}
