import Diagnostics

extension ConfigDecoder {
    func huntGroup(_ node: YAMLNode) -> HuntGroup? {
        guard let r = ObjectReader(node, Schemas.huntGroup, sink) else { return nil }
        return HuntGroup(
            id: r.string("id"), name: r.string("name"), extensionNumber: r.string("extension"),
            number: r.string("number"), policy: r.enumValue("policy"), members: r.strings("members"),
            membersLocation: r.has("members") ? (r.value("members")?.location ?? r.keyLocation("members")) : nil,
            nextMemberAfterRings: r.int("next_member_after_rings"), nextMember: r.bool("next_member"),
            busyTone: r.bool("busy_tone"), noInternet: r.string("no_internet"),
            overflow: r.object("overflow") { node in
                if node.kind == .scalar {  // `overflow: voicemail` — a destination alone
                    return ScalarDecoding.string(node, key: "overflow", sink).map {
                        HuntGroup.Overflow(afterSeconds: nil, to: $0, location: node.location)
                    }
                }
                guard let o = ObjectReader(node, Schemas.overflow, sink) else { return nil }
                return HuntGroup.Overflow(afterSeconds: o.int("after_seconds"), to: o.string("to"),
                                          location: node.location)
            },
            nightMode: r.object("night_mode", entityNightMode), location: node.location)
    }
}
