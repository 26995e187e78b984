import Parser

/// Every place in a customer where a call can be sent, with a word on what it is —
/// one list, so that every destination rule sees the same places.
public struct DestinationField: Sendable {
    public var text: LString
    /// "the company night mode", "Jan's no-answer forward", …
    public var role: String
    /// Where a person or caller choice stands between this field and its target
    /// (for routing-loop): the entity that owns the field, if any.
    public var owner: String?
}

extension CustomerContext {
    /// Destinations of forwards, night modes, overflows, IVR options and receptions.
    /// Hunt group members and line-key targets are checked by their own rules.
    /// (Computed once per customer: `CustomerContext.destinationFields`.)
    func collectDestinationFields() -> [DestinationField] {
        var fields: [DestinationField] = []
        if let company = customer.company {
            if let to = company.nightMode?.to { fields.append(.init(text: to, role: "the company night mode")) }
            if let to = company.unassignedNumbers { fields.append(.init(text: to, role: "`unassigned_numbers`")) }
        }
        for user in customer.users {
            let who = "user `\(user.id?.value ?? "?")`"
            if let to = user.nightMode?.to { fields.append(.init(text: to, role: "the night mode of \(who)", owner: user.id?.value)) }
            let forwards: [(Forward?, String)] = [(user.forward?.always, "always"), (user.forward?.busy, "busy"),
                                                  (user.forward?.noAnswer, "no-answer"),
                                                  (user.forward?.unreachable, "unreachable")]
            for case let (forward?, kind) in forwards {
                fields.append(.init(text: forward.to, role: "the \(kind) forward of \(who)", owner: user.id?.value))
            }
        }
        for group in customer.huntGroups {
            let who = "hunt group `\(group.id?.value ?? "?")`"
            if let to = group.overflow?.to { fields.append(.init(text: to, role: "the overflow of \(who)", owner: group.id?.value)) }
            if let to = group.nightMode?.to { fields.append(.init(text: to, role: "the night mode of \(who)", owner: group.id?.value)) }
        }
        for menu in customer.ivrMenus {
            let who = "IVR menu `\(menu.id?.value ?? "?")`"
            if let to = menu.nightMode?.to { fields.append(.init(text: to, role: "the night mode of \(who)", owner: menu.id?.value)) }
            for state in menu.states {
                if let to = state.to { fields.append(.init(text: to, role: "a state of \(who)", owner: menu.id?.value)) }
                if let to = state.reception { fields.append(.init(text: to, role: "the reception of \(who)", owner: menu.id?.value)) }
                for option in state.options {
                    if case .destination(let to, _) = option.action {
                        fields.append(.init(text: to, role: "option \(option.key.value) of \(who)", owner: menu.id?.value))
                    }
                }
            }
        }
        return fields
    }
}
