import Diagnostics

/// The `company` section: the PBX-wide settings (seed 004 §6.4).
public struct Company: Sendable {
    public var number: LString?
    public var showName: Located<Bool>?
    public var callerID: Located<CallerIDChoice>?
    public var blockOutbound: [Located<OutboundBarring>] = []
    public var voicemail: CompanyVoicemail?
    public var nightMode: CompanyNightMode?
    public var musicOnHold: LString?
    public var unassignedNumbers: LString?
    public var location: SourceLocation
}

public enum CallerIDChoice: String, Sendable, CaseIterable {
    case company, personal
}

/// Outbound barring classes of seed 004 §6.4.3.
public enum OutboundBarring: String, Sendable, CaseIterable {
    case international, mobile
    case premium0900 = "0900", adult0906 = "0906", entertainment0909 = "0909"
}

/// The company voicemail: extension 999 by default; `voicemail: false` switches it off.
public struct CompanyVoicemail: Sendable {
    public var enabled: Bool = true
    public var extensionNumber: LString?
    public var greeting: VoicemailGreeting?
    public var allowMessages: Located<Bool>?
    public var email: LString?
    public var afterGreeting: LString?
    public var location: SourceLocation

    public static let defaultExtension = "999"
}

public enum NightModeSwitch: String, Sendable, CaseIterable {
    case off, on, auto
}

/// Company-wide night mode (seed 004 §6.4.4).
public struct CompanyNightMode: Sendable {
    public var mode: Located<NightModeSwitch>?
    public var officeHours: LString?
    public var holidays: LString?
    public var to: LString?
    /// The code phones dial to switch night mode on and off by hand (`*28`).
    public var featureCode: LString?
    public var location: SourceLocation
}

public enum NightModeFollow: String, Sendable, CaseIterable {
    case follow, on, off
}

/// Night mode of a user, hunt group or menu: follow the company, or force on/off,
/// optionally with its own destination.
public struct EntityNightMode: Sendable {
    public var mode: Located<NightModeFollow>
    public var to: LString?
}
