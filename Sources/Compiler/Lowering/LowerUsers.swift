import Domain
import Parser
import Validator

extension RoutingCompiler {
    /// Users become nodes; their devices become SIP endpoints.
    func lowerUsers(nightMode: CompanyNightMode, outbound: OutboundPolicy) -> [DeviceEndpoint] {
        var endpoints: [DeviceEndpoint] = []
        for user in c.users {
            let callerID = c.company.personalCallerID ? (user.number ?? outbound.companyNumber) : outbound.companyNumber
            let mailbox = user.voicemailEnabled ? addMailbox(user) : nil
            var names: [String] = []
            for device in user.devices {
                let endpoint = DeviceEndpoint(
                    name: "\(customerID)-\(user.id)-\(device.index)", userID: user.id, displayName: user.displayName,
                    extensionNumber: user.extensionNumber, model: device.modelID, mac: device.mac, callerID: callerID,
                    mailbox: mailbox.flatMap { nodes[$0] }.flatMap { node in
                        if case .voicemail(let vm) = node { return vm.mailbox } else { return nil }
                    },
                    secret: device.secret, secretLocation: device.password?.location, sipSecret: device.sipPassword,
                    index: device.index, location: device.location)
                endpoints.append(endpoint)
                names.append(endpoint.name)
            }
            let calls = lowerCallHandling(user, mailbox: mailbox)
            // A refused caller hears the busy tone.
            if user.blockAll || user.blockAnonymous || !user.callerBlocks.isEmpty { _ = end(NodeID.busy) }
            nodes[NodeID.user(user.id)] = .user(UserNode(
                id: user.id, name: user.displayName, extensionNumber: user.extensionNumber, number: user.number,
                endpoints: names, callWaiting: user.callWaiting, blockAnonymous: user.blockAnonymous,
                blockAll: user.blockAll, callerBlocks: user.callerBlocks.map { block in
                    CallerBlockNode(numbers: block.numbers, callerForms: Self.callerForms(block.numbers, country: c.country),
                                    schedule: block.schedule)
                }, simring: user.simring,
                hideNumber: user.hideNumber, callerID: callerID, nightMode: entityNightMode(user.nightMode, company: nightMode),
                forwardAlways: calls.always, ringSeconds: calls.ringSeconds, onBusy: calls.busy,
                onNoAnswer: calls.noAnswer, onUnreachable: calls.unreachable))
        }
        return endpoints
    }

    /// Forwards win over voicemail for the same case; voicemail `when` is busy and no
    /// answer by default. The phones ring for the no-answer forward's rings, else the
    /// voicemail's, else 5 rings when something follows and 60 seconds when nothing does.
    private func lowerCallHandling(_ user: CheckedUser, mailbox: String?)
        -> (always: String?, ringSeconds: Int, busy: String, noAnswer: String, unreachable: String) {
        let forward = user.forward
        func mailboxIf(_ condition: VoicemailCondition) -> String? {
            user.voicemail.when.contains(condition) ? mailbox : nil
        }
        let always = destination(forward.always?.to) ?? mailboxIf(.always)
        let busy = destination(forward.busy?.to) ?? mailboxIf(.busy) ?? end(NodeID.busy)
        let noAnswerTarget = destination(forward.noAnswer?.to) ?? mailboxIf(.noAnswer)
        let noAnswer = noAnswerTarget ?? end(NodeID.hangup)
        let unreachable = destination(forward.unreachable?.to) ?? noAnswer
        let rings = forward.noAnswer?.rings ?? (mailboxIf(.noAnswer) != nil ? user.voicemail.rings : nil)
        let ringSeconds = rings.map { $0 * Self.secondsPerRing } ?? (noAnswerTarget != nil ? 5 * Self.secondsPerRing : 60)
        return (always, ringSeconds, busy, noAnswer, unreachable)
    }

    /// The forms a trunk may present an E.164 number in as caller ID: `+CC…`, `00CC…`
    /// (`011CC…` in North America), `CC…`, and for the customer's own country the
    /// national form (`0…`; the ten digits in North America).
    static func callerForms(_ numbers: [String], country: String) -> [String] {
        let home = OutboundPrefixes.countryCodes[country]
        let nanp = country == "US" || country == "CA"
        var forms: [String] = []
        for number in numbers {
            let digits = String(number.dropFirst())
            forms += [number, (nanp ? "011" : "00") + digits, digits]
            if let home, digits.hasPrefix(home) {
                let national = String(digits.dropFirst(home.count))
                forms.append(nanp ? national : "0" + national)
            }
        }
        var seen = Set<String>()
        return forms.filter { seen.insert($0).inserted }
    }
}
