import Diagnostics

extension ConfigDecoder {
    func ivrMenu(_ node: YAMLNode) -> IVRMenu? {
        guard let r = ObjectReader(node, Schemas.ivrMenu, sink) else { return nil }
        return IVRMenu(
            id: r.string("id"), name: r.string("name"), extensionNumber: r.string("extension"),
            number: r.string("number"), officeHours: r.string("office_hours"), holidays: r.string("holidays"),
            open: r.object("open", menuState), closed: r.object("closed", menuState),
            nightMode: r.object("night_mode", entityNightMode), location: node.location)
    }

    private func menuState(_ node: YAMLNode) -> MenuState? {
        guard let r = ObjectReader(node, Schemas.menuState, sink) else { return nil }
        return MenuState(greeting: r.string("greeting"),
                         options: r.entries("options").compactMap(option),
                         reception: r.string("reception"), timeoutSeconds: r.int("timeout_seconds"),
                         to: r.string("to"), location: node.location)
    }

    /// `"1": sales`, `"0": repeat`, `"2": { to: support, announce: true }`,
    /// `"*": { play: greetings/hours.wav }`.
    private func option(_ pair: YAMLPair) -> IVROption? {
        guard let key = pair.key.scalar else { return nil }
        let located = LString(key, at: pair.key.location)
        let value = pair.value
        if value.kind == .scalar, let text = value.scalar {
            guard let target = ScalarDecoding.string(value, key: key, sink) else {
                return IVROption(key: located, action: .keyword(Located(.none, at: value.location)))
            }
            if let keyword = IVRKeyword(rawValue: text) {
                return IVROption(key: located, action: .keyword(Located(keyword, at: value.location)))
            }
            return IVROption(key: located, action: .destination(target, announce: false))
        }
        guard let r = ObjectReader(value, Schemas.ivrForward, sink) else { return nil }
        if let file = r.string("play") { return IVROption(key: located, action: .play(file)) }
        guard let to = r.string("to") else {
            sink.report(.missingKey, at: value.location,
                        "IVR option `\(key)` needs `to` (a destination) or `play` (an audio file)")
            return nil
        }
        return IVROption(key: located, action: .destination(to, announce: r.bool("announce")?.value ?? false))
    }
}
