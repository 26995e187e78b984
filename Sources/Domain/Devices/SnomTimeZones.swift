/// Snom phones take a time zone by name from their own list (`NLD+1`, `AUS+10`):
/// the zones pbxc can name for them. A customer elsewhere with a Snom phone is a
/// check error (`boot-chain-setting`); the other vendors take rules derived from the
/// tz database for any zone.
public enum SnomTimeZones {
    /// IANA zone → Snom's name for it.
    public static let names: [String: String] = [
        "Europe/Amsterdam": "NLD+1", "Europe/Brussels": "BEL+1", "Europe/Berlin": "GER+1",
        "America/New_York": "USA-5", "America/Chicago": "USA-6", "America/Denver": "USA-7",
        "America/Los_Angeles": "USA-8", "America/Toronto": "CAN-5", "America/Vancouver": "CAN-8",
        "America/Edmonton": "CAN-7", "America/Winnipeg": "CAN-6", "America/Halifax": "CAN-4",
        // Snom's list names Australia's zones by city (southern hemisphere: its own rules).
        "Australia/Sydney": "AUS+10", "Australia/Melbourne": "AUS+10", "Australia/Canberra": "AUS+10",
        "Australia/Brisbane": "AUS2+10", "Australia/Hobart": "AUS3+10", "Australia/Adelaide": "AUS+9.5",
        "Australia/Darwin": "AUS2+9.5", "Australia/Perth": "AUS+8", "Pacific/Auckland": "NZL+12",
    ]
}
