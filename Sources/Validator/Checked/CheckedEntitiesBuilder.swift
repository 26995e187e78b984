import Diagnostics
import Domain
import Parser

extension CheckedUser {
    init?(_ user: User, context c: CustomerContext, resolver: DestinationResolver) {
        guard let id = user.id?.value else { return nil }
        let forward = user.forward
        func checked(_ written: Forward?) -> CheckedForward? {
            guard let written, let to = resolver.callee(written.to) else { return nil }
            return CheckedForward(to: to, rings: written.rings?.value)
        }
        let vm = user.voicemail
        let when = Set((vm?.when ?? []).map(\.value))
        self.init(
            id: id, displayName: user.displayName ?? id, extensionNumber: user.extensionNumber?.value,
            number: user.number.flatMap { c.validPhone($0.value)?.e164 }, email: user.email?.value,
            hideNumber: user.hideNumber?.value ?? false, callWaiting: user.callWaiting?.value ?? true,
            blockAnonymous: user.blockIncoming?.anonymous?.value ?? false,
            blockAll: user.blockIncoming?.all?.value ?? false,
            callerBlocks: (user.blockIncoming?.numbers ?? []).map { block in
                CheckedCallerBlock(numbers: block.numbers.compactMap { c.validPhone($0.value)?.e164 },
                                   schedule: block.schedule?.value)
            },
            simring: user.simring.compactMap { c.validPhone($0.value)?.e164 }, nightMode: resolver.nightSwitch(user.nightMode),
            voicemailEnabled: vm?.enabled == true,
            voicemail: CheckedVoicemail(
                email: vm?.email?.value ?? user.email?.value, copyTo: vm?.copyTo?.value,
                when: when.isEmpty ? [.busy, .noAnswer] : when, rings: vm?.rings?.value,
                greeting: CheckedGreeting(vm?.greeting), allowMessages: vm?.allowMessages?.value ?? true,
                afterGreeting: vm?.afterGreeting?.value == "hangup" ? nil : resolver.callee(vm?.afterGreeting)),
            forward: CheckedForwarding(always: checked(forward?.always), busy: checked(forward?.busy),
                                       noAnswer: checked(forward?.noAnswer), unreachable: checked(forward?.unreachable)),
            devices: user.devices.enumerated().compactMap { n, device in
                CheckedDevice(device, index: n + 1, resolver: resolver)
            })
    }
}

extension CheckedDevice {
    init?(_ device: Device, index: Int, resolver: DestinationResolver) {
        guard let model = device.model?.value, let mac = device.mac.flatMap({ MACAddress.normalise($0.value) }) else {
            return nil
        }
        let keys = device.keys.enumerated().compactMap { position, key -> CheckedLineKey? in
            guard let type = key.type?.value, let text = key.target?.value,
                  let target = resolver.keyTarget(text) else { return nil }
            return CheckedLineKey(position: position, type: type, target: target, label: key.label?.value)
        }
        self.init(index: index, modelID: model, mac: mac, password: device.password, sipPassword: device.sipPassword,
                  label: device.label?.value,
                  keys: keys, location: device.location)
    }
}

extension CheckedHuntGroup {
    init?(_ group: HuntGroup, context c: CustomerContext, resolver: DestinationResolver) {
        guard let id = group.id?.value else { return nil }
        let members = group.members.compactMap { member -> String? in
            if case .entity(let e) = c.resolve(member.value), e.kind == .user { return e.id?.value }
            return nil
        }
        let overflow = group.overflow.flatMap { written in
            resolver.callee(written.to).map {
                CheckedOverflow(afterSeconds: written.afterSeconds?.value ?? CheckedOverflow.defaultSeconds, to: $0)
            }
        }
        self.init(
            id: id, name: group.name?.value ?? id, extensionNumber: group.extensionNumber?.value,
            number: group.number.flatMap { c.validPhone($0.value)?.e164 }, policy: group.policy?.value ?? .simultaneous,
            members: members, ringsPerMember: group.nextMemberAfterRings?.value ?? Self.defaultRingsPerMember,
            nextMember: group.nextMember?.value ?? true, busyTone: group.busyTone?.value ?? false,
            noInternet: resolver.callee(group.noInternet),
            overflow: overflow, nightMode: resolver.nightSwitch(group.nightMode))
    }
}

extension CheckedMenu {
    init?(_ menu: IVRMenu, context c: CustomerContext, resolver: DestinationResolver) {
        guard let id = menu.id?.value else { return nil }
        self.init(
            id: id, name: menu.name?.value ?? id, extensionNumber: menu.extensionNumber?.value,
            number: menu.number.flatMap { c.validPhone($0.value)?.e164 }, officeHours: menu.officeHours?.value,
            holidays: menu.holidays?.value,
            open: menu.open.map { CheckedMenuState($0, resolver: resolver) } ?? CheckedMenuState(
                greeting: nil, options: [], reception: nil, timeoutSeconds: CheckedMenuState.defaultTimeout, to: nil),
            closed: menu.closed.map { CheckedMenuState($0, resolver: resolver) },
            nightMode: resolver.nightSwitch(menu.nightMode))
    }
}

extension CheckedMenuState {
    init(_ state: MenuState, resolver: DestinationResolver) {
        var seen = Set<String>()
        var options: [(key: String, action: CheckedMenuAction)] = []
        for option in state.options where seen.insert(option.key.value).inserted {
            let action: CheckedMenuAction?
            switch option.action {
            case .destination(let to, let announce): action = resolver.callee(to).map { .forward($0, announce: announce) }
            case .play(let file): action = .play(file.value)
            case .keyword(let word):
                switch word.value {
                case .repeat: action = .repeat
                case .reception: action = .reception
                case .hangup: action = .hangup
                case .dialByName: action = .dialByName
                case .dialByExtension: action = .dialByExtension
                case .none: action = nil  // the key does nothing: an invalid choice
                }
            }
            if let action { options.append((option.key.value, action)) }
        }
        self.init(greeting: state.greeting?.value, options: options, reception: resolver.callee(state.reception),
                  timeoutSeconds: state.timeoutSeconds?.value ?? Self.defaultTimeout, to: resolver.callee(state.to))
    }
}
