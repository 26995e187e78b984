import Diagnostics
import Domain
import Parser

/// Night mode of a user, hunt group or menu: follow the company (the default), or
/// forced on or off, with its own destination when written.
public struct CheckedNightSwitch: Sendable {
    public var mode: NightModeFollow
    public var to: CheckedDestination?
}

public struct CheckedUser: Sendable {
    public var id: String
    /// `name`, or first and last name, or the id.
    public var displayName: String
    public var extensionNumber: String?
    /// The direct number in E.164.
    public var number: String?
    public var email: String?
    public var hideNumber: Bool
    public var callWaiting: Bool
    public var blockAnonymous: Bool
    /// Every outside caller is refused.
    public var blockAll: Bool
    public var callerBlocks: [CheckedCallerBlock]
    /// External numbers (E.164) that ring with the user's phones.
    public var simring: [String]
    public var nightMode: CheckedNightSwitch
    /// Whether the user has a mailbox (`voicemail:` written and not `false`).
    public var voicemailEnabled: Bool
    /// The mailbox's settings with defaults (also what `voicemail:<user>` reaches).
    public var voicemail: CheckedVoicemail
    public var forward: CheckedForwarding
    public var devices: [CheckedDevice]
}

/// Caller numbers (E.164) refused always, or within the hours of `schedule`.
public struct CheckedCallerBlock: Sendable {
    public var numbers: [String]
    public var schedule: String?
}

public struct CheckedVoicemail: Sendable {
    /// `voicemail.email`, else the user's own `email`.
    public var email: String?
    public var copyTo: String?
    /// When calls go to the mailbox: busy and no answer unless written.
    public var when: Set<VoicemailCondition>
    public var rings: Int?
    public var greeting: CheckedGreeting
    public var allowMessages: Bool
    /// Where a caller goes after the greeting when messages are not taken; nil: hang up.
    public var afterGreeting: CheckedDestination?
}

/// A mailbox's greetings: the audio file played when the owner is busy and when the
/// owner does not answer (nil: the platform's standard greeting).
public struct CheckedGreeting: Sendable, Equatable {
    public var busy: String?
    public var unavailable: String?

    public init(busy: String?, unavailable: String?) {
        self.busy = busy
        self.unavailable = unavailable
    }

    public init(_ written: VoicemailGreeting?) {
        self.init(busy: written?.busy?.value, unavailable: written?.unavailable?.value)
    }
}

public struct CheckedForward: Sendable {
    public var to: CheckedDestination
    public var rings: Int?
}

public struct CheckedForwarding: Sendable {
    public var always: CheckedForward?
    public var busy: CheckedForward?
    public var noAnswer: CheckedForward?
    public var unreachable: CheckedForward?
}

/// A phone of a user: its position among the user's devices (from 1) names its SIP
/// endpoint.
public struct CheckedDevice: Sendable {
    public var index: Int
    /// The catalog id as written (`yealink-t54w`).
    public var modelID: String
    /// 12 lower-case hex digits.
    public var mac: String
    /// `generate` when not written; located for findings at build time.
    public var password: Located<Secret>?
    /// The SIP account's secret as written (`sip_password`); generated when nil.
    public var sipPassword: Located<Secret>?
    public var label: String?
    public var keys: [CheckedLineKey]
    public var location: SourceLocation

    /// The device password's source (provisioning credentials): `generate` when none is written.
    public var secret: Secret { password?.value ?? .generate }
}

public struct CheckedLineKey: Sendable {
    /// The key target that watches and flips the company's manual night-mode switch.
    public static let nightModeTarget = "night_mode"

    /// What a key dials or watches.
    public enum Target: Sendable {
        /// An extension or number, with a name for the key's label.
        case dial(String, name: String)
        /// The user's own mailbox: the platform's voicemail access code.
        case voicemailAccess
        /// The company's manual night-mode switch: its feature code (a BLF key lamps while it is on).
        case nightSwitch(String)
    }

    /// Its position among the keys written (0-based): keys are placed by it.
    public var position: Int
    public var type: LineKeyType
    public var target: Target
    public var label: String?
}

public struct CheckedHuntGroup: Sendable {
    public var id: String
    public var name: String
    public var extensionNumber: String?
    public var number: String?
    public var policy: HuntPolicy
    /// Member user ids, in the order written.
    public var members: [String]
    public var ringsPerMember: Int
    /// false: the call stays with the first member that rings, until the overflow.
    public var nextMember: Bool
    public var busyTone: Bool
    public var noInternet: CheckedDestination?
    public var overflow: CheckedOverflow?
    public var nightMode: CheckedNightSwitch

    /// Rings before the next member when `next_member_after_rings` is not written.
    public static let defaultRingsPerMember = 4
}

public struct CheckedOverflow: Sendable {
    public var afterSeconds: Int
    public var to: CheckedDestination

    /// Waiting time when `after_seconds` is not written.
    public static let defaultSeconds = 30
}

public struct CheckedMenu: Sendable {
    public var id: String
    public var name: String
    public var extensionNumber: String?
    public var number: String?
    public var officeHours: String?
    public var holidays: String?
    public var open: CheckedMenuState
    public var closed: CheckedMenuState?
    public var nightMode: CheckedNightSwitch
}

public struct CheckedMenuState: Sendable {
    public var greeting: String?
    /// One action per key (the first written wins), in the order written.
    public var options: [(key: String, action: CheckedMenuAction)]
    public var reception: CheckedDestination?
    public var timeoutSeconds: Int
    /// No menu: callers go straight here.
    public var to: CheckedDestination?

    /// Seconds a menu waits for a key when `timeout_seconds` is not written.
    public static let defaultTimeout = 10
}

public enum CheckedMenuAction: Sendable {
    case forward(CheckedDestination, announce: Bool)
    case play(String)
    case `repeat`, reception, hangup, dialByName, dialByExtension
}
