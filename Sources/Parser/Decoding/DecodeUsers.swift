import Diagnostics

extension ConfigDecoder {
    func user(_ node: YAMLNode) -> User? {
        guard let r = ObjectReader(node, Schemas.user, sink) else { return nil }
        return User(
            id: r.string("id"), name: r.string("name"), firstName: r.string("first_name"),
            lastName: r.string("last_name"), extensionNumber: r.string("extension"), number: r.string("number"),
            email: r.string("email"), hideNumber: r.bool("hide_number"), callWaiting: r.bool("call_waiting"),
            nightMode: r.object("night_mode", entityNightMode), voicemail: r.object("voicemail", userVoicemail),
            forward: r.object("forward", forwarding),
            blockIncoming: r.object("block_incoming", blockIncoming), simring: r.strings("simring"),
            devices: r.list("devices", device), pin: r.value("pin").flatMap { secret($0, key: "pin") },
            location: node.location)
    }

    /// `voicemail: true|false`, or a mapping (which switches it on).
    private func userVoicemail(_ node: YAMLNode) -> UserVoicemail? {
        if node.kind == .scalar {
            guard let on = ScalarDecoding.bool(node, key: "voicemail", sink) else { return nil }
            return UserVoicemail(enabled: on.value, location: node.location)
        }
        guard let r = ObjectReader(node, Schemas.userVoicemail, sink) else { return nil }
        return UserVoicemail(
            email: r.string("email"), copyTo: r.string("copy_to"),
            when: r.enumValues("when"),
            rings: r.int("rings"), greeting: r.value("greeting").flatMap(voicemailGreeting),
            allowMessages: r.bool("allow_messages"), afterGreeting: r.string("after_greeting"), location: node.location)
    }

    /// `greeting: FILE` (every situation) or `{ busy: FILE, unavailable: FILE }`.
    func voicemailGreeting(_ node: YAMLNode) -> VoicemailGreeting? {
        if node.kind == .scalar {
            guard let file = ScalarDecoding.string(node, key: "greeting", sink) else { return nil }
            return VoicemailGreeting(busy: file, unavailable: file, location: node.location)
        }
        guard let r = ObjectReader(node, Schemas.voicemailGreeting, sink) else { return nil }
        return VoicemailGreeting(busy: r.string("busy"), unavailable: r.string("unavailable"), location: node.location)
    }

    private func forwarding(_ node: YAMLNode) -> Forwarding? {
        guard let r = ObjectReader(node, Schemas.forwarding, sink) else { return nil }
        return Forwarding(always: r.object("always", forward), busy: r.object("busy", forward),
                          noAnswer: r.object("no_answer", forward), unreachable: r.object("unreachable", forward))
    }

    /// A destination, or `{ to: DEST, rings: N }`.
    private func forward(_ node: YAMLNode) -> Forward? {
        if node.kind == .scalar {
            return ScalarDecoding.string(node, key: "to", sink).map { Forward(to: $0, rings: nil) }
        }
        guard let r = ObjectReader(node, Schemas.forward, sink), let to = r.string("to") else { return nil }
        return Forward(to: to, rings: r.int("rings"))
    }

    private func blockIncoming(_ node: YAMLNode) -> BlockIncoming? {
        guard let r = ObjectReader(node, Schemas.blockIncoming, sink) else { return nil }
        return BlockIncoming(all: r.bool("all"), anonymous: r.bool("anonymous"), numbers: r.list("numbers") { node in
            guard let b = ObjectReader(node, Schemas.callerBlock, sink) else { return nil }
            return CallerBlock(numbers: b.strings("numbers"), schedule: b.string("schedule"), location: node.location)
        }, location: node.location)
    }

    private func device(_ node: YAMLNode) -> Device? {
        guard let r = ObjectReader(node, Schemas.device, sink) else { return nil }
        return Device(model: r.string("model"), mac: r.string("mac"),
                      password: r.value("password").flatMap { secret($0, key: "password") },
                      sipPassword: r.value("sip_password").flatMap { secret($0, key: "sip_password") },
                      label: r.string("label"), keys: r.list("keys", lineKey), location: node.location)
    }

    private func lineKey(_ node: YAMLNode) -> LineKey? {
        guard let r = ObjectReader(node, Schemas.lineKey, sink) else { return nil }
        return LineKey(type: r.enumValue("type"), target: r.string("target"), label: r.string("label"),
                       location: node.location)
    }

    func portalUser(_ node: YAMLNode) -> PortalUser? {
        guard let r = ObjectReader(node, Schemas.portalUser, sink) else { return nil }
        return PortalUser(username: r.string("username"), name: r.string("name"), email: r.string("email"),
                          roles: r.strings("roles"), emailMessages: r.strings("email_messages"),
                          blocked: r.bool("blocked"), welcomeMail: r.bool("welcome_mail"),
                          password: r.value("password").flatMap { secret($0, key: "password") },
                          location: node.location)
    }
}
