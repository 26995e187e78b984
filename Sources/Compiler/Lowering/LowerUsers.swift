import Domain
import Parser
import Validator

extension RoutingCompiler {
    /// Users become nodes; their devices become SIP endpoints.
    func lowerUsers(nightMode: CompanyNightMode, outbound: OutboundPolicy) -> [DeviceEndpoint] {
        var endpoints: [DeviceEndpoint] = []
        let personalCallerID = c.customer.company?.callerID?.value == .personal
        for user in c.customer.users {
            guard let id = user.id?.value else { continue }
            let name = user.displayName ?? id
            let number = user.number.flatMap { c.validPhone($0.value)?.e164 }
            let callerID = personalCallerID ? (number ?? outbound.companyNumber) : outbound.companyNumber
            let mailbox = user.voicemail.map { $0.enabled } == true ? addMailbox(user) : nil
            var names: [String] = []
            for (n, device) in user.devices.enumerated() {
                let endpoint = DeviceEndpoint(
                    name: "\(customerID)-\(id)-\(n + 1)", userID: id, displayName: name,
                    extensionNumber: user.extensionNumber?.value, model: device.model?.value,
                    mac: device.mac.flatMap { MACAddress.normalise($0.value) }, callerID: callerID,
                    mailbox: mailbox.flatMap { nodes[$0] }.flatMap { node in
                        if case .voicemail(let vm) = node { return vm.mailbox } else { return nil }
                    },
                    secret: device.password, index: n + 1, location: device.location)
                endpoints.append(endpoint)
                names.append(endpoint.name)
            }
            let calls = lowerCallHandling(user, mailbox: mailbox)
            nodes[NodeID.user(id)] = .user(UserNode(
                id: id, name: name, extensionNumber: user.extensionNumber?.value, number: number, endpoints: names,
                callWaiting: user.callWaiting?.value ?? true, blockAnonymous: user.blockAnonymous?.value ?? false,
                hideNumber: user.hideNumber?.value ?? false, callerID: callerID,
                nightMode: entityNightMode(user.nightMode, company: nightMode),
                forwardAlways: calls.always, ringSeconds: calls.ringSeconds, onBusy: calls.busy,
                onNoAnswer: calls.noAnswer, onUnreachable: calls.unreachable))
        }
        return endpoints
    }

    /// Forwards win over voicemail for the same case; voicemail `when` is busy and no
    /// answer by default. The phones ring for the no-answer forward's rings, else the
    /// voicemail's, else 5 rings when something follows and 60 seconds when nothing does.
    private func lowerCallHandling(_ user: User, mailbox: String?)
        -> (always: String?, ringSeconds: Int, busy: String, noAnswer: String, unreachable: String) {
        let forward = user.forward
        let when = Set((user.voicemail?.when ?? []).map(\.value))
        let voicemailWhen = when.isEmpty ? [.busy, .noAnswer] : when
        func mailboxIf(_ condition: VoicemailCondition) -> String? {
            voicemailWhen.contains(condition) ? mailbox : nil
        }
        let always = destination(forward?.always?.to) ?? mailboxIf(.always)
        let busy = destination(forward?.busy?.to) ?? mailboxIf(.busy) ?? end(NodeID.busy)
        let noAnswerTarget = destination(forward?.noAnswer?.to) ?? mailboxIf(.noAnswer)
        let noAnswer = noAnswerTarget ?? end(NodeID.hangup)
        let unreachable = destination(forward?.unreachable?.to) ?? noAnswer
        let rings = forward?.noAnswer?.rings?.value ?? (mailboxIf(.noAnswer) != nil ? user.voicemail?.rings?.value : nil)
        let ringSeconds = rings.map { $0 * Self.secondsPerRing } ?? (noAnswerTarget != nil ? 5 * Self.secondsPerRing : 60)
        return (always, ringSeconds, busy, noAnswer, unreachable)
    }
}
