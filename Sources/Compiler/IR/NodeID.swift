/// Node ids say what they are, in the words of the config language's destinations:
/// `user:jan`, `group:sales`, `menu:main`, `voicemail` (the company's), `voicemail:jan`,
/// `external:+31612345678`, and the ends `hangup`, `busy` and `refused`.
public enum NodeID {
    public static func user(_ id: String) -> String { "user:\(id)" }
    public static func group(_ id: String) -> String { "group:\(id)" }
    public static func menu(_ id: String) -> String { "menu:\(id)" }
    public static let companyVoicemail = "voicemail"
    public static func voicemail(_ userID: String) -> String { "voicemail:\(userID)" }
    public static func external(_ e164: String) -> String { "external:\(e164)" }
    public static let hangup = "hangup"
    public static let busy = "busy"
    public static let refused = "refused"
}
