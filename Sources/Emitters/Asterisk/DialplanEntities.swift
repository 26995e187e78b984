import Compiler

/// The contexts of users, hunt groups, menus and mailboxes.
extension Dialplan {
    /// `s,1` of an entity: its night mode. `follow` asks the company's night-mode
    /// routine; `on` always leaves; `off` does nothing.
    func nightModeSteps(_ night: EntityNightMode) -> [DialplanBuilder.Step] {
        switch night.mode {
        case .off: return []
        case .on: return ["Goto(\(names.entry(night.to)))"]
        case .follow:
            return ["Gosub(\(names.nightMode),s,1)", "GotoIf($[${GOSUB_RETVAL} = 1]?\(names.entry(night.to)))"]
        }
    }

    mutating func writeUser(_ id: String, _ user: UserNode) {
        out.context(names.context(id)!, "user \(user.id): \(user.name)")
        var steps: [DialplanBuilder.Step] = ["NoOp(user \(AsteriskText.label(user.id)))"]
        steps += blockSteps(id, user)
        steps += nightModeSteps(user.nightMode)
        steps.append(.init("NoOp(ring)", label: "ring"))
        if let always = user.forwardAlways {
            steps.append("Goto(\(names.entry(always)))")
            out.exten("s", steps)
            return
        }
        guard !user.endpoints.isEmpty || !user.simring.isEmpty else {
            steps.append("Goto(\(names.entry(user.onUnreachable)))")
            out.exten("s", steps)
            return
        }
        if !user.callWaiting {
            for endpoint in user.endpoints {
                steps.append(#"GotoIf($["${DEVICE_STATE(PJSIP/\#(endpoint))}" = "INUSE"]?busy)"#)
            }
        }
        steps += [
            "Dial(\(AsteriskNames.dialString(user.endpoints, external: user.simring)),\(user.ringSeconds))",
            #"GotoIf($["${DIALSTATUS}" = "BUSY"]?busy)"#,
            #"GotoIf($["${DIALSTATUS}" = "CHANUNAVAIL"]?unreachable)"#,
            "Goto(\(names.entry(user.onNoAnswer)))",
            .init("Goto(\(busyEntry(user.onBusy)))", label: "busy"),
            .init("Goto(\(names.entry(user.onUnreachable)))", label: "unreachable"),
        ]
        out.exten("s", steps)
    }

    /// Who the user refuses, before night mode: only calls from outside pass here
    /// (internal calls start at `ring`). A refused caller hears the busy tone.
    func blockSteps(_ id: String, _ user: UserNode) -> [DialplanBuilder.Step] {
        var steps: [DialplanBuilder.Step] = []
        if user.blockAll { steps.append("Goto(\(names.end),busy,1)") }
        if user.blockAnonymous {
            steps.append(#"GotoIf($["${CALLERID(num-pres):0:6}" = "prohib"]?\#(names.end),busy,1)"#)
        }
        if !user.callerBlocks.isEmpty {
            steps += ["Gosub(\(names.blocks(user.id)),s,1)", "GotoIf($[${GOSUB_RETVAL} = 1]?\(names.end),busy,1)"]
        }
        return steps
    }

    /// `<c>-blocks-<user>`: returns 1 when the caller's number (its digits and `+`
    /// only) is one a block names in any form a trunk presents it, and the block
    /// is always on or its schedule's hours are now.
    mutating func writeCallerBlocks(_ user: UserNode) {
        guard !user.callerBlocks.isEmpty else { return }
        out.context(names.blocks(user.id), "1 when user \(user.id) refuses the caller's number now")
        var steps: [DialplanBuilder.Step] = [#"Set(PBXC_FROM=${FILTER(0-9+,${CALLERID(num)})})"#]
        for (i, block) in user.callerBlocks.enumerated() {
            let hit = block.schedule == nil ? "yes" : "block\(i + 1)"
            var match: [DialplanBuilder.Step] = block.callerForms.map {
                #"GotoIf($["${PBXC_FROM}" = "\#($0)"]?\#(hit))"#
            }
            match.append("Goto(next\(i + 1))")
            match[0].label = "match\(i + 1)"
            steps += match
            if let schedule = block.schedule {
                steps += [.init("Gosub(\(names.open(schedule)),s,1)", label: hit),
                          "GotoIf($[${GOSUB_RETVAL} = 1]?yes)"]
            }
            steps.append(.init("NoOp(block \(i + 1) does not apply)", label: "next\(i + 1)"))
        }
        steps += [.init("Return(0)", label: "no"), .init("Return(1)", label: "yes")]
        out.exten("s", steps)
    }

    /// Where a busy user's call goes: a mailbox plays its busy greeting.
    func busyEntry(_ node: String) -> DialplanCode {
        if case .voicemail = table.nodes[node], let context = names.context(node) {
            return DialplanCode(goto: context, "busy", "1")
        }
        return names.entry(node)
    }

    /// The devices of the group's members that have any, in member order.
    func memberEndpoints(_ group: HuntGroupNode) -> [(user: UserNode, endpoints: [String])] {
        group.members.compactMap { member in
            guard table.hasPhone(member), case .user(let user) = table.nodes[member] else { return nil }
            return (user, user.endpoints)
        }
    }

    mutating func writeGroup(_ id: String, _ group: HuntGroupNode) {
        out.context(names.context(id)!, "hunt group \(group.id): \(group.name) (\(group.policy.rawValue))")
        var steps: [DialplanBuilder.Step] = ["NoOp(hunt group \(AsteriskText.label(group.id)))"]
        steps += nightModeSteps(group.nightMode)
        steps.append(.init("NoOp(ring)", label: "ring"))
        let members = memberEndpoints(group)
        let overflow = group.overflowTo.map { DialplanBuilder.Step("Goto(\(names.entry($0)))") }
        if members.isEmpty {
            // Nobody can ring: wait out the overflow time, as the platform would.
            if let overflow, let seconds = group.overflowSeconds { steps += ["Wait(\(seconds))", overflow] }
            else { steps.append("Hangup()") }
            out.exten("s", steps)
            return
        }
        steps += availabilitySteps(group, endpoints: members.flatMap(\.endpoints))
        switch group.policy {
        case .simultaneous:
            let all = AsteriskNames.dialString(members.flatMap(\.endpoints))
            steps.append(group.overflowSeconds.map { "Dial(\(all),\($0))" } ?? "Dial(\(all))")
            steps.append(overflow ?? "Hangup()")
        case .fixedOrder where !group.nextMember:
            // No next member: the first member who can take the call rings until the
            // overflow; one who is busy or offline passes the call on at once.
            for member in members {
                let dial = AsteriskNames.dialString(member.endpoints)
                steps.append(group.overflowSeconds.map { "Dial(\(dial),\($0))" } ?? "Dial(\(dial))")
                steps.append(#"GotoIf($["${DIALSTATUS}" = "NOANSWER"]?overflow)"#)
            }
            steps.append(.init(overflow ?? "Hangup()", label: "overflow"))
        case .fixedOrder:
            if let seconds = group.overflowSeconds, let overflow {
                // One member after the other until the overflow time is used up.
                // At least a second per member (`timer-range` keeps both positive; this
                // keeps the loop finite whatever the IR says).
                var left = seconds, i = 0
                while left > 0 {
                    let ring = max(1, min(group.ringSeconds, left))
                    steps.append("Dial(\(AsteriskNames.dialString(members[i % members.count].endpoints)),\(ring))")
                    left -= ring
                    i += 1
                }
                steps.append(overflow)
            } else {
                for member in members {
                    steps.append("Dial(\(AsteriskNames.dialString(member.endpoints)),\(group.ringSeconds))")
                }
                // Round after round until the caller hangs up. When no member's phone is
                // registered every Dial returns at once: wait before the next round, so
                // the loop never spins (Asterisk would run it as fast as it can).
                for endpoint in members.flatMap(\.endpoints) {
                    let device = AsteriskNames.dialString([endpoint])
                    steps.append(#"GotoIf($["${DEVICE_STATE(\#(device))}" != "UNAVAILABLE"]?again)"#)
                }
                steps += ["Wait(5)", .init("Goto(s,ring)", label: "again")]
            }
        case .circular, .uniform:
            let queue = names.queue(group.id)
            // `r`: the caller hears ringing while the members' phones ring, as with Dial.
            steps.append(group.overflowSeconds.map { "Queue(\(queue),r,,,\($0))" } ?? "Queue(\(queue),r)")
            steps.append(overflow ?? "Hangup()")
        }
        out.exten("s", steps)
    }

    /// Before anything rings: with `no_internet`, a group none of whose phones is
    /// registered sends the call there; with `busy_tone`, a group none of whose
    /// phones is free gives the busy tone.
    func availabilitySteps(_ group: HuntGroupNode, endpoints: [String]) -> [DialplanBuilder.Step] {
        var steps: [DialplanBuilder.Step] = []
        if let offline = group.noInternet {
            for endpoint in endpoints {
                let device = AsteriskNames.dialString([endpoint])
                steps.append(#"GotoIf($["${DEVICE_STATE(\#(device))}" != "UNAVAILABLE"]?online)"#)
            }
            steps += ["Goto(\(names.entry(offline)))", .init("NoOp(a phone is registered)", label: "online")]
        }
        if group.busyTone {
            for endpoint in endpoints {
                let device = AsteriskNames.dialString([endpoint])
                steps.append(#"GotoIf($["${DEVICE_STATE(\#(device))}" = "NOT_INUSE"]?free)"#)
            }
            steps += ["Goto(\(names.end),busy,1)", .init("NoOp(a phone is free)", label: "free")]
        }
        return steps
    }

    /// Queue members are Local channels that ring all of a user's devices.
    mutating func writeMembers() {
        var users: [String: UserNode] = [:]
        for case .huntGroup(let group) in table.nodes.values where group.policy == .circular || group.policy == .uniform {
            for (user, _) in memberEndpoints(group) { users[user.id] = user }
        }
        guard !users.isEmpty else { return }
        out.context(names.members, "queue members: each rings all devices of one user")
        for (id, user) in users.sorted(by: { $0.key < $1.key }) {
            out.exten(id, ["Dial(\(AsteriskNames.dialString(user.endpoints)))", "Hangup()"])
        }
    }

    mutating func writeMenu(_ id: String, _ menu: MenuNode) {
        let context = names.context(id)!
        out.context(context, "menu \(menu.id): \(menu.name)")
        var steps: [DialplanBuilder.Step] = ["NoOp(menu \(AsteriskText.label(menu.id)))"]
        steps += nightModeSteps(menu.nightMode)
        let open = names.menuState(menu.id, open: true), closed = names.menuState(menu.id, open: false)
        if menu.closed == nil || menu.officeHours == nil && menu.holidays == nil {
            steps.append(.init("Goto(\(open),s,1)", label: "select"))
        } else {
            var select: [DialplanBuilder.Step] = []
            if let holidays = menu.holidays {
                select += ["Gosub(\(names.closed(holidays)),s,1)", "GotoIf($[${GOSUB_RETVAL} = 1]?\(closed),s,1)"]
            }
            if let hours = menu.officeHours {
                select += ["Gosub(\(names.open(hours)),s,1)", "GotoIf($[${GOSUB_RETVAL} = 1]?\(open),s,1:\(closed),s,1)"]
            } else {
                select.append("Goto(\(open),s,1)")
            }
            select[0].label = "select"
            steps += select
        }
        out.exten("s", steps)
        writeMenuState(open, menu.open, menu: menu, what: "open")
        if let state = menu.closed { writeMenuState(closed, state, menu: menu, what: "closed") }
    }

    /// One menu state: the greeting, the wait for a key, the keys, `t` (no key:
    /// reception) and `i` (a key that is no choice: say so and start again).
    mutating func writeMenuState(_ context: ContextName, _ state: MenuState, menu: MenuNode, what: String) {
        out.context(context, "menu \(menu.id): \(what)")
        if let to = state.to {
            out.exten("s", ["Goto(\(names.entry(to)))"])
            return
        }
        var start: [DialplanBuilder.Step] = ["Answer()"]
        let greeting = state.greeting.map { AsteriskText.sound($0, customer: table.customer.id) }
        start.append(.init(greeting.map { "Background(\($0))" } ?? "NoOp(no greeting)", label: "menu"))
        start.append("WaitExten(\(state.timeoutSeconds))")
        out.exten("s", start)
        for (key, action) in state.keys.sorted(by: { $0.key < $1.key }) {
            out.exten(key, keySteps(action, state: state))
        }
        out.exten("t", [state.reception.map { "Goto(\(names.entry($0)))" } ?? "Hangup()"])
        out.exten("i", ["Playback(invalid)", "Goto(s,menu)"])
    }

    func keySteps(_ action: KeyAction, state: MenuState) -> [DialplanBuilder.Step] {
        switch action.action {
        case .forward:
            let goto = DialplanBuilder.Step("Goto(\(names.entry(action.to ?? NodeID.hangup)))")
            return action.announce == true ? ["Playback(pbx-transfer)", goto] : [goto]
        case .repeat:
            return ["Goto(s,menu)"]
        case .play:
            let sound = AsteriskText.sound(action.file ?? "", customer: table.customer.id)
            return ["Playback(\(sound))", "Goto(s,menu)"]
        case .reception:
            return [state.reception.map { "Goto(\(names.entry($0)))" } ?? "Hangup()"]
        case .hangup:
            return ["Hangup()"]
        case .dialByName:
            // Every user with an extension, by first or last name (`b`), dialled through
            // the extensions a caller may dial (night mode applies).
            return ["Directory(\(names.directory),\(names.dialByExtension),b)", "Hangup()"]
        case .dialByExtension:
            return ["Read(PBXC_EXT,,4)", "Goto(\(names.dialByExtension),${PBXC_EXT},1)"]
        }
    }

    /// A mailbox: `s` when the owner does not answer (and for the company voicemail),
    /// `busy` when the owner is on the phone. Each plays its greeting (the platform's
    /// standard one, `u`/`b`, when none is written), then records a message — into the
    /// mailbox and, with `copy_to`, a copy mailbox whose only job is the second e-mail —
    /// or, taking no messages, goes on to `after_greeting` or hangs up.
    mutating func writeVoicemail(_ id: String, _ vm: VoicemailNode) {
        out.context(names.context(id)!, vm.owner == "company" ? "the company voicemail" : "the mailbox of \(vm.owner)")
        out.exten("s", voicemailSteps(vm, greeting: vm.greeting, standard: "u"))
        if vm.owner != "company" { out.exten("busy", voicemailSteps(vm, greeting: vm.busyGreeting, standard: "b")) }
    }

    func voicemailSteps(_ vm: VoicemailNode, greeting file: String?, standard: String) -> [DialplanBuilder.Step] {
        var steps: [DialplanBuilder.Step] = ["Answer()"]
        let greeting = file.map { AsteriskText.sound($0, customer: table.customer.id) }
        if let greeting { steps.append("Playback(\(greeting))") }
        if vm.allowMessages {
            let boxes = [AsteriskText.mailbox(vm.mailbox)] + (vm.copyTo == nil ? [] : [AsteriskText.mailbox(Self.copyMailbox(vm.mailbox))])
            steps.append("VoiceMail(\(boxes.joined(separator: "&")),\(greeting == nil ? standard : "s"))")
        } else if greeting == nil {
            steps.append("Playback(vm-nobodyavail)")
        }
        steps.append(vm.afterGreeting.map { "Goto(\(names.entry($0)))" } ?? "Hangup()")
        return steps
    }

    /// The mailbox that receives the copy of `box@context`'s messages for `copy_to`.
    static func copyMailbox(_ mailbox: String) -> String {
        let parts = mailbox.split(separator: "@", maxSplits: 1).map(String.init)
        return parts.count == 2 ? "\(parts[0])-copy@\(parts[1])" : "\(mailbox)-copy"
    }
}
