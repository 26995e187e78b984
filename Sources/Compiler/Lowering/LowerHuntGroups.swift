import Domain
import Parser
import Validator

extension RoutingCompiler {
    func lowerHuntGroups(nightMode: CompanyNightMode) {
        for group in c.huntGroups {
            let policy: HuntGroupNode.Policy = switch group.policy {
            case .circular: .circular
            case .fixedOrder: .fixedOrder
            case .uniform: .uniform
            case .simultaneous: .simultaneous
            }
            let overflowTo = destination(group.overflow?.to)
            if group.busyTone { _ = end(NodeID.busy) }
            nodes[NodeID.group(group.id)] = .huntGroup(HuntGroupNode(
                id: group.id, name: group.name, extensionNumber: group.extensionNumber, number: group.number,
                policy: policy, members: group.members.map(NodeID.user),
                ringSeconds: group.ringsPerMember * Self.secondsPerRing, nextMember: group.nextMember,
                busyTone: group.busyTone, noInternet: destination(group.noInternet),
                overflowSeconds: overflowTo == nil ? nil : group.overflow?.afterSeconds,
                overflowTo: overflowTo, nightMode: entityNightMode(group.nightMode, company: nightMode)))
        }
    }
}
