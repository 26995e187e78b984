/// Follows one inbound call through the routing IR: the number's entry, night mode,
/// menus (consuming the caller's keys), groups and users, assuming nobody answers, so
/// the trace shows every fallback to where the call ends.
public struct CallSimulator {
    public let table: RoutingTable
    /// The holiday calendars' years this simulator has looked at, kept for its next calls.
    private let holidays = HolidayLookup()

    public init(table: RoutingTable) {
        self.table = table
    }

    /// A call that reaches no end within this many hand-offs is reported as a loop.
    static let maxSteps = 40

    /// Traces a call to `dialled` (an E.164 number the customer holds, or an extension
    /// for an internal call, which skips night mode at its first stop).
    ///
    /// `from` is who calls (blocks look at it); `nightSwitch` is the company's manual
    /// night-mode switch (its feature code): on forces company night mode on.
    public func trace(_ dialled: String, at: LocalDateTime, keys: String, from caller: Caller = .unknown,
                      nightSwitch: Bool = false) -> CallTrace {
        var run = Run(table: table, time: TimeConditions(table: table, at: at, holidays: holidays, nightSwitch: nightSwitch),
                      keys: Array(keys), caller: caller)
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
                         timezone: table.customer.timezone, keys: keys, from: caller.field,
                         nightSwitch: nightSwitch ? true : nil, steps: run.steps, outcome: run.outcome)
    }

    /// Traces a call handed to a node from elsewhere in the flow (a menu key, a forward,
    /// an overflow): night mode applies at once. `pbxc diff` uses it for entities that
    /// no held number reaches without keys.
    public func trace(reaching node: String, at: LocalDateTime, keys: String) -> CallTrace {
        var run = Run(table: table, time: TimeConditions(table: table, at: at, holidays: holidays), keys: Array(keys),
                      caller: .unknown)
        run.follow(node, nightModeApplies: true)
        return CallTrace(customer: table.customer.id, number: node, at: at.description, weekday: at.weekdayName,
                         timezone: table.customer.timezone, keys: keys, steps: run.steps, outcome: run.outcome)
    }
}

/// The state of one traced call.
private struct Run {
    let table: RoutingTable
    let time: TimeConditions
    var keys: [Character]
    let caller: Caller
    var steps: [TraceStep] = []
    var outcome = NodeID.hangup

    init(table: RoutingTable, time: TimeConditions, keys: [Character], caller: Caller) {
        self.table = table
        self.time = time
        self.keys = keys
        self.caller = caller
    }

    mutating func step(_ event: String, _ node: String, _ detail: String, ringing: [String]? = nil, seconds: Int? = nil,
                       state: String? = nil) {
        steps.append(TraceStep(event: event, node: node, detail: detail, ringing: ringing, seconds: seconds, state: state))
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
        // A user's blocks look at calls from outside (not at an internal call's first stop).
        if nightModeApplies, case .user(let user) = node, let reason = blockReason(user) {
            step("blocked", id, "\(label(id)) refuses the call — \(reason): the caller hears the busy tone")
            return NodeID.busy
        }
        if nightModeApplies, let night = node.nightMode {
            let (on, reason) = time.entityNight(night)
            step("night_mode", id, "\(label(id)): night mode \(on ? "on" : "off") — \(reason)", state: on ? "on" : "off")
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

    /// Why the user refuses this caller, or nil: block all, a withheld number, or a
    /// specific block (within its schedule's hours, when it has one).
    func blockReason(_ user: UserNode) -> String? {
        if user.blockAll { return "it refuses every outside caller" }
        if user.blockAnonymous, caller == .anonymous { return "it refuses withheld numbers" }
        guard case .number(let from) = caller else { return nil }
        for block in user.callerBlocks where block.numbers.contains(from) {
            guard let schedule = block.schedule else { return "\(from) is blocked" }
            let (within, reason) = time.isOpen(schedule)
            if within { return "\(from) is blocked \(reason)" }
        }
        return nil
    }

    mutating func visitUser(_ id: String, _ user: UserNode) -> String? {
        if let always = user.forwardAlways {
            step("forward", id, "\(label(id)) forwards every call to \(label(always))")
            return always
        }
        guard !user.endpoints.isEmpty || !user.simring.isEmpty else {
            step("forward", id, "\(label(id)) has no device, so is unreachable: the call goes to \(label(user.onUnreachable))")
            return user.onUnreachable
        }
        let simring = user.simring.isEmpty ? "" : " and, at the same time, \(user.simring.joined(separator: ", "))"
        step("ring", id,
             "\(label(id)) rings on \(user.endpoints.joined(separator: ", "))\(simring) for \(user.ringSeconds) s"
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
        case .fixedOrder where !group.nextMember:
            how = "the first member who can take the call rings until the overflow (no next member)"
        case .circular where !group.nextMember:
            how = "the member after the last one who was offered a call rings until the overflow (no next member)"
        case .uniform where !group.nextMember:
            how = "the member who has gone longest without a call rings until the overflow (no next member)"
        case .fixedOrder: how = "members ring one at a time, \(group.ringSeconds) s each, always from the first"
        case .circular: how = "members ring one at a time, \(group.ringSeconds) s each, starting after the last one who was offered a call"
        case .uniform: how = "the member who has gone longest without a call rings first, then the next, \(group.ringSeconds) s each"
        }
        var unless: [String] = []
        if let offline = group.noInternet { unless.append("if no member's phone is registered (no internet): \(label(offline))") }
        if group.busyTone { unless.append("if no member can take the call: the busy tone") }
        let conditions = unless.isEmpty ? "" : " (\(unless.joined(separator: "; ")))"
        let seconds = group.overflowSeconds
        // Members without a device ring nobody: the dialplan leaves them out of the queue.
        let withDevice = group.members.filter(table.hasPhone)
        let silent = zip(group.members, members).filter { !withDevice.contains($0.0) }.map(\.1)
        let skipped = silent.isEmpty ? "" : " (\(silent.joined(separator: ", ")) \(silent.count == 1 ? "has" : "have") no device and \(silent.count == 1 ? "rings" : "ring") nobody)"
        guard !withDevice.isEmpty else {
            if let offline = group.noInternet {
                step("forward", id, "no member's phone is registered (no internet): \(label(offline))")
                return offline
            }
            step("ring", id, "\(label(id)) (\(group.policy.rawValue)): no member has a device, so nobody rings: \(members.joined(separator: ", "))",
                 ringing: [], seconds: group.overflowTo == nil ? nil : seconds)
            guard let overflow = group.overflowTo, let seconds else {
                step("end", id, "no overflow is set: the call ends")
                return nil
            }
            step("overflow", id, "after \(seconds) s: overflow to \(label(overflow))")
            return overflow
        }
        let ringingNames = zip(group.members, members).filter { withDevice.contains($0.0) }.map(\.1)
        step("ring", id, "\(label(id)) (\(group.policy.rawValue)): \(how): \(ringingNames.joined(separator: ", "))\(skipped)\(conditions)",
             ringing: ringing(group), seconds: seconds)
        guard let overflow = group.overflowTo, let seconds else {
            step("end", id, "no overflow is set: the members ring until the caller hangs up")
            return nil
        }
        step("overflow", id, "no answer after \(seconds) s: overflow to \(label(overflow))")
        return overflow
    }

    /// Who rings: the members with a phone, in order; without a next member in a
    /// fixed-order group, only the first of them (nobody answering, it rings until the
    /// overflow).
    func ringing(_ group: HuntGroupNode) -> [String] {
        let withPhones = group.members.filter(table.hasPhone)
        guard group.policy == .fixedOrder, !group.nextMember else { return withPhones }
        return Array(withPhones.prefix(1))
    }

    mutating func visitMenu(_ id: String, _ menu: MenuNode) -> String? {
        let (state, open, reason) = time.menuState(menu)
        step("menu", id, "\(label(id)): the \(open ? "open" : "closed") menu — \(reason)", state: open ? "open" : "closed")
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
