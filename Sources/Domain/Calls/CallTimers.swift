/// How long a call may ring or wait, as counts a platform can honour: rings (voicemail
/// and forward `rings`, a hunt group's `next_member_after_rings`) and seconds
/// (`overflow.after_seconds`, a menu's `timeout_seconds`). A ring is about 5 s; zero or
/// a negative count never rings, and more than 15 minutes of waiting is a mistake.
public enum CallTimers {
    public static let rings = 1...20
    public static let seconds = 1...900
}
