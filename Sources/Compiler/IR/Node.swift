/// A place a call can be: a user, hunt group, menu, mailbox, external number or an end.
/// Encoded with a `kind` beside the fields of its payload.
public enum Node: Equatable, Sendable {
    case user(UserNode)
    case huntGroup(HuntGroupNode)
    case menu(MenuNode)
    case voicemail(VoicemailNode)
    case external(ExternalNode)
    case end(EndNode)

    public var kind: String {
        switch self {
        case .user: "user"
        case .huntGroup: "hunt_group"
        case .menu: "menu"
        case .voicemail: "voicemail"
        case .external: "external"
        case .end: "end"
        }
    }

    /// The entity's night-mode behaviour, for users, groups and menus.
    public var nightMode: EntityNightMode? {
        switch self {
        case .user(let u): u.nightMode
        case .huntGroup(let g): g.nightMode
        case .menu(let m): m.nightMode
        default: nil
        }
    }
}

extension Node: Codable {
    private enum KindKey: String, CodingKey { case kind }

    public init(from decoder: Decoder) throws {
        let kind = try decoder.container(keyedBy: KindKey.self).decode(String.self, forKey: .kind)
        switch kind {
        case "user": self = .user(try UserNode(from: decoder))
        case "hunt_group": self = .huntGroup(try HuntGroupNode(from: decoder))
        case "menu": self = .menu(try MenuNode(from: decoder))
        case "voicemail": self = .voicemail(try VoicemailNode(from: decoder))
        case "external": self = .external(try ExternalNode(from: decoder))
        case "end": self = .end(try EndNode(from: decoder))
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: try decoder.container(keyedBy: KindKey.self),
                                                   debugDescription: "unknown node kind `\(kind)`")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: KindKey.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .user(let n): try n.encode(to: encoder)
        case .huntGroup(let n): try n.encode(to: encoder)
        case .menu(let n): try n.encode(to: encoder)
        case .voicemail(let n): try n.encode(to: encoder)
        case .external(let n): try n.encode(to: encoder)
        case .end(let n): try n.encode(to: encoder)
        }
    }
}

/// Night mode of a user, group or menu: follow the company, or forced on/off.
public struct EntityNightMode: Codable, Equatable, Sendable {
    public enum Mode: String, Codable, Sendable { case follow, on, off }
    public var mode: Mode
    /// Where calls go while it is on: the entity's own `to`, else the company's.
    public var to: String
}

public struct UserNode: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var extensionNumber: String?
    public var number: String?
    /// The SIP endpoints of the user's devices, rung together.
    public var endpoints: [String]
    public var callWaiting: Bool
    public var blockAnonymous: Bool
    /// Every outside caller is refused (internal calls still ring).
    public var blockAll: Bool
    /// Specific blocks of outside callers, in the order written.
    public var callerBlocks: [CallerBlockNode]
    /// External numbers (E.164) that ring through the trunk together with the phones.
    public var simring: [String]
    public var hideNumber: Bool
    /// The number shown on outbound calls (E.164).
    public var callerID: String
    public var nightMode: EntityNightMode
    /// Every call goes here without ringing (`forward.always`, or voicemail `always`).
    public var forwardAlways: String?
    /// How long the phones ring before `onNoAnswer`.
    public var ringSeconds: Int
    public var onBusy: String
    public var onNoAnswer: String
    /// When no device is registered.
    public var onUnreachable: String

    enum CodingKeys: String, CodingKey {
        case id, name, number, endpoints
        case extensionNumber = "extension"
        case callWaiting = "call_waiting"
        case blockAnonymous = "block_anonymous"
        case blockAll = "block_all"
        case callerBlocks = "caller_blocks"
        case simring
        case hideNumber = "hide_number"
        case callerID = "caller_id"
        case nightMode = "night_mode"
        case forwardAlways = "forward_always"
        case ringSeconds = "ring_seconds"
        case onBusy = "on_busy"
        case onNoAnswer = "on_no_answer"
        case onUnreachable = "on_unreachable"
    }
}

/// Outside callers a user refuses: these numbers, always or within a schedule's hours.
public struct CallerBlockNode: Codable, Equatable, Sendable {
    /// E.164.
    public var numbers: [String]
    /// Every form a trunk may present the numbers in as caller ID (`+31…`, `0031…`,
    /// `31…`, and the national `0…` for the customer's own country).
    public var callerForms: [String]
    /// Blocked within this schedule's hours only; nil: always.
    public var schedule: String?

    enum CodingKeys: String, CodingKey {
        case numbers, schedule
        case callerForms = "caller_forms"
    }
}

public struct HuntGroupNode: Codable, Equatable, Sendable {
    public enum Policy: String, Codable, Sendable {
        case circular
        case fixedOrder = "fixed_order"
        case simultaneous
        case uniform
    }

    public var id: String
    public var name: String
    public var extensionNumber: String?
    public var number: String?
    public var policy: Policy
    /// User node ids, in the order of `members`.
    public var members: [String]
    /// How long one member rings before the next (not for `simultaneous`).
    public var ringSeconds: Int
    /// false: the first member who can take the call rings until the overflow (no next member).
    public var nextMember: Bool
    /// The caller hears the busy tone when no member can take the call (all busy or offline).
    public var busyTone: Bool
    /// Where calls go when no member's phone is registered (the site has no internet).
    public var noInternet: String?
    /// After how long without an answer the call leaves for `overflowTo`; nil: it
    /// keeps ringing until the caller hangs up.
    public var overflowSeconds: Int?
    public var overflowTo: String?
    public var nightMode: EntityNightMode

    enum CodingKeys: String, CodingKey {
        case id, name, number, policy, members
        case extensionNumber = "extension"
        case ringSeconds = "ring_seconds"
        case nextMember = "next_member"
        case busyTone = "busy_tone"
        case noInternet = "no_internet"
        case overflowSeconds = "overflow_seconds"
        case overflowTo = "overflow_to"
        case nightMode = "night_mode"
    }
}

public struct MenuNode: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var extensionNumber: String?
    public var number: String?
    /// The schedule whose hours select the open menu; nil: always open.
    public var officeHours: String?
    /// The schedule whose closing days select the closed menu.
    public var holidays: String?
    public var open: MenuState
    /// Outside office hours; nil: the open menu all the time.
    public var closed: MenuState?
    public var nightMode: EntityNightMode

    enum CodingKeys: String, CodingKey {
        case id, name, number, open, closed, holidays
        case extensionNumber = "extension"
        case officeHours = "office_hours"
        case nightMode = "night_mode"
    }
}

public struct MenuState: Codable, Equatable, Sendable {
    public var greeting: String?
    /// Key (`0`–`9`, `*`, `#`) → what it does.
    public var keys: [String: KeyAction]
    /// Where a caller goes who presses nothing; nil: the call ends.
    public var reception: String?
    public var timeoutSeconds: Int
    /// No menu: callers go straight here.
    public var to: String?

    enum CodingKeys: String, CodingKey {
        case greeting, keys, reception, to
        case timeoutSeconds = "timeout_seconds"
    }
}

public struct KeyAction: Codable, Equatable, Sendable {
    public enum Action: String, Codable, Sendable {
        case forward, `repeat`, reception, hangup, play
        case dialByName = "dial_by_name"
        case dialByExtension = "dial_by_extension"
    }

    public var action: Action
    public var to: String?
    public var announce: Bool?
    public var file: String?
}

public struct VoicemailNode: Codable, Equatable, Sendable {
    /// `company`, or the user id of a personal mailbox.
    public var owner: String
    public var mailbox: String
    public var extensionNumber: String?
    /// Played when the owner does not answer or cannot be reached (and for the
    /// company voicemail); nil: the platform's standard greeting.
    public var greeting: String?
    /// Played when the owner is on the phone; nil: the platform's standard busy greeting.
    public var busyGreeting: String?
    /// false: play the greeting, then `afterGreeting` (nil: hang up).
    public var allowMessages: Bool
    public var email: String?
    /// A second address that receives every message too.
    public var copyTo: String?
    /// Where a caller goes after the greeting when messages are not taken; nil: hang up.
    public var afterGreeting: String?

    public init(owner: String, mailbox: String, extensionNumber: String?, greeting: String?, busyGreeting: String? = nil,
                allowMessages: Bool, email: String?, copyTo: String? = nil, afterGreeting: String? = nil) {
        self.owner = owner
        self.mailbox = mailbox
        self.extensionNumber = extensionNumber
        self.greeting = greeting
        self.busyGreeting = busyGreeting
        self.allowMessages = allowMessages
        self.email = email
        self.copyTo = copyTo
        self.afterGreeting = afterGreeting
    }

    enum CodingKeys: String, CodingKey {
        case owner, mailbox, greeting, email
        case extensionNumber = "extension"
        case busyGreeting = "busy_greeting"
        case allowMessages = "allow_messages"
        case copyTo = "copy_to"
        case afterGreeting = "after_greeting"
    }
}

public struct ExternalNode: Codable, Equatable, Sendable {
    public var number: String
}

/// Where a call ends without reaching anyone: `hangup`, `busy` (busy tone) or
/// `refused` (a held number with no owner).
public struct EndNode: Codable, Equatable, Sendable {
    public var signal: String
}
