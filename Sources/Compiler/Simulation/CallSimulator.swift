/// Follows one inbound call through the routing IR: the number's entry, night mode,
/// menus (consuming the caller's keys), groups and users, assuming nobody answers, so
/// the trace shows every fallback to where the call ends.
public struct CallSimulator {
    public let table: RoutingTable

    public init(table: RoutingTable) {
        self.table = table
    }

    /// A call that reaches no end within this many hand-offs is reported as a loop.
    static let maxSteps = 40

    /// Traces a call to `dialled` (an E.164 number the customer holds, or an extension
    /// for an internal call, which skips night mode at its first stop).
    public func trace(_ dialled: String, at: LocalDateTime, keys: String) -> CallTrace {
        var run = Run(table: table, time: TimeConditions(table: table, at: at), keys: Array(keys))
        if let entry = table.numbers[dialled] {
            run.step("number", entry, "\(dialled) is held by \(table.customer.id); it enters \(run.label(entry))")
            run.follow(entry, nightModeApplies: true)
        } else if let entry = table.extensions[dialled] {
            run.step("number", entry, "extension \(dialled) is \(run.label(entry)) (an internal call: no night mode)")
            run.follow(entry, nightModeApplies: false)
        } else {
            run.step("end", NodeID.refused, "\(dialled) is not a number or extension of \(table.customer.id): refused")
            run.outcome = NodeID.refused
        }
        return CallTrace(customer: table.customer.id, number: dialled, at: at.description, weekday: at.weekdayName,
                         timezone: table.customer.timezone, keys: keys, steps: run.steps, outcome: run.outcome)
    }
}

/// The state of one traced call.
private struct Run {
    let table: RoutingTable
    let time: TimeConditions
    var keys: [Character]
    var steps: [TraceStep] = []
    var outcome = NodeID.hangup

    init(table: RoutingTable, time: TimeConditions, keys: [Character]) {
        self.table = table
        self.time = time
        self.keys = keys
    }

    mutating func step(_ event: String, _ node: String, _ detail: String, ringing: [String]? = nil, seconds: Int? = nil) {
        steps.append(TraceStep(event: event, node: node, detail: detail, ringing: ringing, seconds: seconds))
    }

    /// `user jan (Jan de Vries)`, `company voicemail`, `+31612345678`.
    func label(_ id: String) -> String {
        switch table.nodes[id] {
        case .user(let u): "user `\(u.id)` (\(u.name))"
        case .huntGroup(let g): "hunt group `\(g.id)` (\(g.name))"
        case .menu(let m): "menu `\(m.id)` (\(m.name))"
        case .voicemail(let v): v.owner == "company" ? "the company voicemail" : "the mailbox of `\(v.owner)`"
        case .external(let e): "external number \(e.number)"
        case .end(let e): e.signal
        case nil: "`\(id)` (not in the routing table)"
        }
    }

    mutating func follow(_ start: String, nightModeApplies: Bool) {
        var current = start
        var nightApplies = nightModeApplies
        for _ in 0..<CallSimulator.maxSteps {
            guard let next = visit(current, nightModeApplies: nightApplies) else {
                outcome = current
                return
            }
            current = next
            nightApplies = true
        }
        step("loop", current, "the call is handed on more than \(CallSimulator.maxSteps) times: it loops")
        outcome = current
    }

    /// Handles the call at one node; returns where it goes next, or nil where it ends.
    mutating func visit(_ id: String, nightModeApplies: Bool) -> String? {
        guard let node = table.nodes[id] else {
            step("end", id, "\(id) is not in the routing table: the call ends")
            return nil
        }
        if nightModeApplies, let night = node.nightMode {
            let (on, reason) = time.entityNight(night)
            step("night_mode", id, "\(label(id)): night mode \(on ? "on" : "off") — \(reason)")
            if on {
                step("forward", id, "night mode sends the call to \(label(night.to))")
                return night.to
            }
        }
        switch node {
        case .user(let user): return visitUser(id, user)
        case .huntGroup(let group): return visitGroup(id, group)
        case .menu(let menu): return visitMenu(id, menu)
        case .voicemail(let vm):
            let greeting = vm.greeting.map { "plays \($0) and " } ?? ""
            if vm.allowMessages {
                let mail = ([vm.email, vm.copyTo].compactMap { $0 }).joined(separator: " and ")
                step("voicemail", id, "\(label(id)): \(greeting)records a message in mailbox \(vm.mailbox)"
                     + (mail.isEmpty ? "" : ", e-mailed to \(mail)"))
                return nil
            }
            let played = greeting.isEmpty ? "plays its greeting and " : greeting
            if let after = vm.afterGreeting {
                step("voicemail", id, "\(label(id)): \(played)takes no messages: the call goes on to \(label(after))")
                return after
            }
            step("voicemail", id, "\(label(id)): \(played)hangs up (it takes no messages)")
            return nil
        case .external(let ext):
            step("external", id, "the call is forwarded to \(ext.number)")
            return nil
        case .end(let end):
            let detail = switch end.signal {
            case NodeID.busy: "the caller hears the busy tone"
            case NodeID.refused: "the number has no owner: the call is refused"
            default: "the call ends"
            }
            step("end", id, detail)
            return nil
        }
    }

    mutating func visitUser(_ id: String, _ user: UserNode) -> String? {
        if let always = user.forwardAlways {
            step("forward", id, "\(label(id)) forwards every call to \(label(always))")
            return always
        }
        guard !user.endpoints.isEmpty else {
            step("forward", id, "\(label(id)) has no device, so is unreachable: the call goes to \(label(user.onUnreachable))")
            return user.onUnreachable
        }
        step("ring", id,
             "\(label(id)) rings on \(user.endpoints.joined(separator: ", ")) for \(user.ringSeconds) s"
                + " (if busy: \(label(user.onBusy)); if no device is registered: \(label(user.onUnreachable)))",
             ringing: [id], seconds: user.ringSeconds)
        step("forward", id, "no answer after \(user.ringSeconds) s: the call goes to \(label(user.onNoAnswer))")
        return user.onNoAnswer
    }

    mutating func visitGroup(_ id: String, _ group: HuntGroupNode) -> String? {
        let members = group.members.map { table.nodes[$0].flatMap { if case .user(let u) = $0 { u.id } else { nil } } ?? $0 }
        let how: String
        switch group.policy {
        case .simultaneous: how = "all members ring at once"
        case .fixedOrder: how = "members ring one at a time, \(group.ringSeconds) s each, always from the first"
        case .circular: how = "members ring one at a time, \(group.ringSeconds) s each, starting after the last one who was offered a call"
        case .uniform: how = "the member who has gone longest without a call rings first, then the next, \(group.ringSeconds) s each"
        }
        let seconds = group.overflowSeconds
        // Members without a device ring nobody: the dialplan leaves them out of the queue.
        let withDevice = group.members.filter { member in
            if case .user(let user) = table.nodes[member] { return !user.endpoints.isEmpty }
            return false
        }
        let silent = zip(group.members, members).filter { !withDevice.contains($0.0) }.map(\.1)
        let skipped = silent.isEmpty ? "" : " (\(silent.joined(separator: ", ")) \(silent.count == 1 ? "has" : "have") no device and \(silent.count == 1 ? "rings" : "ring") nobody)"
        guard !withDevice.isEmpty else {
            step("ring", id, "\(label(id)) (\(group.policy.rawValue)): no member has a device, so nobody rings: \(members.joined(separator: ", "))",
                 ringing: [], seconds: group.overflowTo == nil ? nil : seconds)
            guard let overflow = group.overflowTo, let seconds else {
                step("end", id, "no overflow is set: the call ends")
                return nil
            }
            step("overflow", id, "after \(seconds) s: overflow to \(label(overflow))")
            return overflow
        }
        let ringing = zip(group.members, members).filter { withDevice.contains($0.0) }.map(\.1)
        step("ring", id, "\(label(id)) (\(group.policy.rawValue)): \(how): \(ringing.joined(separator: ", "))\(skipped)",
             ringing: withDevice, seconds: seconds)
        guard let overflow = group.overflowTo, let seconds else {
            step("end", id, "no overflow is set: the members ring until the caller hangs up")
            return nil
        }
        step("overflow", id, "no answer after \(seconds) s: overflow to \(label(overflow))")
        return overflow
    }

    mutating func visitMenu(_ id: String, _ menu: MenuNode) -> String? {
        let (state, open, reason) = time.menuState(menu)
        step("menu", id, "\(label(id)): the \(open ? "open" : "closed") menu — \(reason)")
        if let to = state.to {
            step("forward", id, "this menu sends callers straight to \(label(to))")
            return to
        }
        var plays = state.greeting.map { "plays \($0)" } ?? "waits"
        for _ in 0..<CallSimulator.maxSteps {
            guard let key = keys.first else {
                guard let reception = state.reception else {
                    step("end", id, "\(plays); no key within \(state.timeoutSeconds) s and no reception: the call ends")
                    return nil
                }
                step("key", id, "\(plays); no key within \(state.timeoutSeconds) s: reception \(label(reception))")
                return reception
            }
            keys.removeFirst()
            guard let action = state.keys[String(key)] else {
                step("key", id, "\(plays); key \(key) is not a choice: \"invalid\", and the menu starts again")
                plays = state.greeting.map { "plays \($0)" } ?? "waits"
                continue
            }
            switch action.action {
            case .forward:
                let to = action.to ?? NodeID.hangup
                let announce = action.announce == true ? " after \"you are being transferred\"" : ""
                step("key", id, "\(plays); key \(key): forward to \(label(to))\(announce)")
                return to
            case .repeat:
                step("key", id, "\(plays); key \(key): the menu starts again")
            case .play:
                step("key", id, "\(plays); key \(key): plays \(action.file ?? "a message"), then the menu again")
            case .reception:
                let to = state.reception ?? NodeID.hangup
                step("key", id, "\(plays); key \(key): reception \(label(to))")
                return to
            case .hangup:
                step("key", id, "\(plays); key \(key): the call ends")
                return nil
            case .dialByName:
                step("key", id, "\(plays); key \(key): the dial-by-name directory (the caller spells a name)")
                return nil
            case .dialByExtension:
                let digits = String(keys)
                keys.removeAll()
                guard let to = table.extensions[digits] else {
                    step("key", id, "\(plays); key \(key): dial by extension; `\(digits)` is no extension: the call ends")
                    return nil
                }
                step("key", id, "\(plays); key \(key): dial by extension \(digits): \(label(to))")
                return to
            }
            plays = state.greeting.map { "plays \($0)" } ?? "waits"
        }
        step("loop", id, "the caller keeps the menu going: the trace stops")
        return nil
    }
}
