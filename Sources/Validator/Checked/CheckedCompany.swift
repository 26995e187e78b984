import Domain
import Parser

/// The company section with its defaults applied.
public struct CheckedCompany: Sendable {
    /// The company number in E.164 (required by `company-number-missing`).
    public var number: String
    public var showName: Bool
    /// Users call out with their own number (`caller_id: personal`).
    public var personalCallerID: Bool
    public var blockOutbound: [OutboundBarring]
    public var voicemail: CheckedCompanyVoicemail
    public var nightMode: CheckedCompanyNightMode
    /// What callers hear on hold and in queues.
    public var musicOnHold: CheckedMusicOnHold
    public var unassignedNumbers: CheckedDestination?
}

/// `music_on_hold`: the platform's default music (`default`, or not written), or a
/// folder of audio files (relative to the repository, as written).
public enum CheckedMusicOnHold: Sendable, Equatable {
    case platformDefault
    case folder(String)
}

public struct CheckedCompanyVoicemail: Sendable {
    /// Off with `voicemail: false`: its extension is then free and nothing answers.
    public var enabled: Bool
    public var extensionNumber: String
    public var greeting: CheckedGreeting
    public var allowMessages: Bool
    public var email: String?
    /// Where a caller goes after the greeting when messages are not taken; nil: hang up.
    public var afterGreeting: CheckedDestination?
}

public struct CheckedCompanyNightMode: Sendable {
    /// Off when not written.
    public var mode: NightModeSwitch
    public var officeHours: String?
    public var holidays: String?
    /// The company voicemail when not written.
    public var to: CheckedDestination?
    /// The code that switches night mode on and off by hand; nil: no manual switch.
    public var featureCode: String?
}

/// A schedule: its weekly spans parsed, its calendars and extra closing days.
public struct CheckedSchedule: Sendable {
    public var id: String
    public var spans: [WeeklyHours.Span]
    /// Whether `hours` was written (a schedule without hours is open all week).
    public var hasHours: Bool
    /// Office-closing calendars (codes upper case), with the named holidays dropped and
    /// added as the calendar spells them.
    public var calendars: [HolidaySelection]
    public var dates: [LocalDate]
}
