import Domain
import Parser
import Validator

extension RoutingCompiler {
    /// Default rings before the next member (seed 004 §6.7.4 leaves it to the portal;
    /// 4 rings is the seed's own example).
    static let defaultRingsPerMember = 4
    /// Overflow written without `after_seconds`.
    static let defaultOverflowSeconds = 30

    func lowerHuntGroups(nightMode: CompanyNightMode) {
        for group in c.customer.huntGroups {
            guard let id = group.id?.value else { continue }
            let members = group.members.compactMap { member -> String? in
                if case .entity(let e) = c.resolve(member.value), e.kind == .user { return entityNode(e) }
                return nil
            }
            let policy: HuntGroupNode.Policy
            switch group.policy?.value {
            case .circular: policy = .circular
            case .fixedOrder: policy = .fixedOrder
            case .uniform: policy = .uniform
            case .simultaneous, nil: policy = .simultaneous
            }
            let overflowTo = destination(group.overflow?.to)
            nodes[NodeID.group(id)] = .huntGroup(HuntGroupNode(
                id: id, name: group.name?.value ?? id, extensionNumber: group.extensionNumber?.value,
                number: group.number.flatMap { c.validPhone($0.value)?.e164 }, policy: policy, members: members,
                ringSeconds: (group.nextMemberAfterRings?.value ?? Self.defaultRingsPerMember) * Self.secondsPerRing,
                overflowSeconds: overflowTo == nil ? nil : (group.overflow?.afterSeconds?.value ?? Self.defaultOverflowSeconds),
                overflowTo: overflowTo, nightMode: entityNightMode(group.nightMode, company: nightMode)))
        }
    }
}
