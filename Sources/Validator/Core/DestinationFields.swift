import Domain
import Parser

/// Every place in a customer where a call can be sent, with a word on what it is —
/// one list, so that every destination rule sees the same places.
public struct DestinationField: Sendable {
    public var text: LString
    /// What the field is, e.g. "the no-answer forward" (a literal: no work per field).
    public var slot: StaticString
    /// The entity that owns the field, if any.
    public var ownerKind: Entity.Kind?
    public var ownerID: String?
    /// The IVR key, for menu options.
    public var key: String?

    init(text: LString, slot: StaticString, _ kind: Entity.Kind? = nil, _ id: LString? = nil, key: String? = nil) {
        self.text = text
        self.slot = slot
        self.ownerKind = kind
        self.ownerID = id?.value
        self.key = key
    }

    /// "the no-answer forward of user `jan`" — built only when a message needs it.
    public var role: String {
        let what = key.map { "option \($0)" } ?? "\(slot)"
        guard let ownerKind else { return what }
        return "\(what) of \(ownerKind.rawValue) `\(ownerID ?? "?")`"
    }
}

extension CustomerContext {
    /// Destinations of forwards, night modes, overflows, IVR options and receptions.
    /// Hunt group members and line-key targets are checked by their own rules.
    /// (Computed once per customer: `CustomerContext.destinationFields`.)
    func collectDestinationFields() -> [DestinationField] {
        var fields: [DestinationField] = []
        if let company = customer.company {
            if let to = company.nightMode?.to { fields.append(.init(text: to, slot: "the company night mode")) }
            if let to = company.unassignedNumbers { fields.append(.init(text: to, slot: "`unassigned_numbers`")) }
            if let to = company.voicemail?.afterGreeting, to.value != "hangup" {
                fields.append(.init(text: to, slot: "the company voicemail's `after_greeting`"))
            }
        }
        for user in customer.users {
            if let to = user.nightMode?.to { fields.append(.init(text: to, slot: "the night mode", .user, user.id)) }
            if let to = user.voicemail?.afterGreeting, to.value != "hangup" {
                fields.append(.init(text: to, slot: "the voicemail's `after_greeting`", .user, user.id))
            }
            if let f = user.forward {
                if let to = f.always?.to { fields.append(.init(text: to, slot: "the always forward", .user, user.id)) }
                if let to = f.busy?.to { fields.append(.init(text: to, slot: "the busy forward", .user, user.id)) }
                if let to = f.noAnswer?.to { fields.append(.init(text: to, slot: "the no-answer forward", .user, user.id)) }
                if let to = f.unreachable?.to {
                    fields.append(.init(text: to, slot: "the unreachable forward", .user, user.id))
                }
            }
        }
        for group in customer.huntGroups {
            if let to = group.overflow?.to { fields.append(.init(text: to, slot: "the overflow", .huntGroup, group.id)) }
            if let to = group.nightMode?.to { fields.append(.init(text: to, slot: "the night mode", .huntGroup, group.id)) }
            if let to = group.noInternet { fields.append(.init(text: to, slot: "`no_internet`", .huntGroup, group.id)) }
        }
        for menu in customer.ivrMenus {
            if let to = menu.nightMode?.to { fields.append(.init(text: to, slot: "the night mode", .ivrMenu, menu.id)) }
            for state in menu.states {
                if let to = state.to { fields.append(.init(text: to, slot: "a state", .ivrMenu, menu.id)) }
                if let to = state.reception { fields.append(.init(text: to, slot: "the reception", .ivrMenu, menu.id)) }
                for option in state.options {
                    if case .destination(let to, _) = option.action {
                        fields.append(.init(text: to, slot: "an option", .ivrMenu, menu.id, key: option.key.value))
                    }
                }
            }
        }
        return fields
    }
}
