import Diagnostics

extension ConfigDecoder {
    func company(_ node: YAMLNode) -> Company? {
        guard let r = ObjectReader(node, Schemas.company, sink) else { return nil }
        return Company(
            number: r.string("number"), showName: r.bool("show_name"), callerID: r.enumValue("caller_id"),
            blockOutbound: r.enumValues("block_outbound"),
            voicemail: r.object("voicemail", companyVoicemail),
            nightMode: r.object("night_mode", companyNightMode),
            musicOnHold: r.string("music_on_hold"), unassignedNumbers: r.string("unassigned_numbers"),
            location: node.location)
    }

    /// `voicemail: false` switches the company voicemail off; a mapping configures it.
    private func companyVoicemail(_ node: YAMLNode) -> CompanyVoicemail? {
        if node.kind == .scalar {
            guard let on = ScalarDecoding.bool(node, key: "voicemail", sink) else { return nil }
            return CompanyVoicemail(enabled: on.value, location: node.location)
        }
        guard let r = ObjectReader(node, Schemas.companyVoicemail, sink) else { return nil }
        return CompanyVoicemail(extensionNumber: r.string("extension"),
                                greeting: r.value("greeting").flatMap(voicemailGreeting),
                                allowMessages: r.bool("allow_messages"), email: r.string("email"),
                                afterGreeting: r.string("after_greeting"), location: node.location)
    }

    private func companyNightMode(_ node: YAMLNode) -> CompanyNightMode? {
        guard let r = ObjectReader(node, Schemas.companyNightMode, sink) else { return nil }
        return CompanyNightMode(mode: r.enumValue("mode"), officeHours: r.string("office_hours"),
                                holidays: r.string("holidays"), to: r.string("to"), featureCode: r.string("feature_code"),
                                location: node.location)
    }
}
