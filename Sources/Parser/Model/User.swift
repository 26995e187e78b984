import Diagnostics

/// A user (seed 004 §6.5–6.6).
///
/// A final class of constants, not a struct: a user has seventeen fields, five of
/// them nested mappings, and rules walk the users many times per customer; a struct
/// was copied field by field on each of those reads (about 2% of a check's
/// instructions), a class costs one reference count. The parse model is never changed after decoding.
public final class User: Sendable {
    public let id: LString?
    public let name: LString?
    public let firstName: LString?
    public let lastName: LString?
    public let extensionNumber: LString?
    public let number: LString?
    public let email: LString?
    public let hideNumber: Located<Bool>?
    public let callWaiting: Located<Bool>?
    public let nightMode: EntityNightMode?
    public let voicemail: UserVoicemail?
    public let forward: Forwarding?
    public let blockIncoming: BlockIncoming?
    /// External numbers that ring together with the user's phones (the portal's Simring).
    public let simring: [LString]
    public let devices: [Device]
    /// The user's PIN code (voicemail from a phone, the apps); generated when absent.
    public let pin: Located<Secret>?
    public let location: SourceLocation

    public init(id: LString?, name: LString?, firstName: LString?, lastName: LString?,
                extensionNumber: LString?, number: LString?, email: LString?,
                hideNumber: Located<Bool>?, callWaiting: Located<Bool>?, nightMode: EntityNightMode?,
                voicemail: UserVoicemail?, forward: Forwarding?, blockIncoming: BlockIncoming?,
                simring: [LString] = [], devices: [Device] = [], pin: Located<Secret>? = nil,
                location: SourceLocation) {
        self.id = id
        self.name = name
        self.firstName = firstName
        self.lastName = lastName
        self.extensionNumber = extensionNumber
        self.number = number
        self.email = email
        self.hideNumber = hideNumber
        self.callWaiting = callWaiting
        self.nightMode = nightMode
        self.voicemail = voicemail
        self.forward = forward
        self.blockIncoming = blockIncoming
        self.simring = simring
        self.devices = devices
        self.pin = pin
        self.location = location
    }

    /// The name shown on phones: `name`, or first and last name.
    public var displayName: String? {
        if let name { return name.value }
        let parts = [firstName?.value, lastName?.value].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}

/// Incoming calls the user refuses (the portal's "Blokkeren inkomende nummers").
public struct BlockIncoming: Sendable {
    /// Every outside caller: a number used for outgoing calls only.
    public var all: Located<Bool>?
    public var anonymous: Located<Bool>?
    /// Specific blocks: callers by number, each always or within a schedule's hours.
    public var numbers: [CallerBlock] = []
    public var location: SourceLocation
}

/// One specific block: these caller numbers, always or within `schedule`'s hours.
public struct CallerBlock: Sendable {
    public var numbers: [LString]
    public var schedule: LString?
    public var location: SourceLocation
}

public enum VoicemailCondition: String, Sendable, CaseIterable {
    case always, busy
    case noAnswer = "no_answer"
}

public struct UserVoicemail: Sendable {
    public var enabled: Bool = true
    public var email: LString?
    public var copyTo: LString?
    public var when: [Located<VoicemailCondition>] = []
    public var rings: Located<Int>?
    public var greeting: VoicemailGreeting?
    public var allowMessages: Located<Bool>?
    /// `hangup` or a destination: where a caller goes after the greeting when
    /// messages are not taken.
    public var afterGreeting: LString?
    public var location: SourceLocation
}

/// A mailbox greeting: one file, or one per situation (busy, unavailable).
public struct VoicemailGreeting: Sendable {
    public var busy: LString?
    public var unavailable: LString?
    public var location: SourceLocation

    public init(busy: LString?, unavailable: LString?, location: SourceLocation) {
        self.busy = busy
        self.unavailable = unavailable
        self.location = location
    }

    /// Every file named, for the rules that check audio files.
    public var files: [LString] { [busy, unavailable].compactMap { $0 }.reduce(into: []) { all, f in
        if !all.contains(where: { $0.value == f.value && $0.location == f.location }) { all.append(f) } } }
}

/// A forward: a destination, with a ring count for `no_answer`.
public struct Forward: Sendable {
    public var to: LString
    public var rings: Located<Int>?
}

public struct Forwarding: Sendable {
    public var always: Forward?
    public var busy: Forward?
    public var noAnswer: Forward?
    public var unreachable: Forward?

    public var all: [Forward] { [always, busy, noAnswer, unreachable].compactMap { $0 } }
}

/// A desk phone or softphone of a user.
public struct Device: Sendable {
    public var model: LString?
    public var mac: LString?
    public var password: Located<Secret>?
    /// The SIP account's secret, when given (`generate` otherwise, apart from `password`).
    public var sipPassword: Located<Secret>?
    public var label: LString?
    public var keys: [LineKey] = []
    public var location: SourceLocation
}

public enum LineKeyType: String, Sendable, CaseIterable {
    case blf
    case speedDial = "speed_dial"
    case line
}

public struct LineKey: Sendable {
    public var type: Located<LineKeyType>?
    public var target: LString?
    public var label: LString?
    public var location: SourceLocation
}

/// How a password is given. `check` never needs the value; `build` resolves it.
public enum Secret: Sendable, Equatable {
    /// Written in the repository (allowed, warned about by `plaintext-secret`).
    case literal(String)
    /// Read from an environment variable at build time.
    case environment(String)
    /// Read from a file (outside the repository or git-ignored) at build time.
    case file(String)
    /// Derived from `PBXC_MASTER_KEY`, the customer and the device or user.
    case generate
}
