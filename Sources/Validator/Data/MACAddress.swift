/// MAC addresses as written in device entries.
public enum MACAddress {
    /// Twelve lower-case hex digits, or nil when the text is not 12 hex digits with
    /// optional `:` `-` `.` separators.
    public static func normalise(_ text: String) -> String? {
        let hex = text.filter { $0 != ":" && $0 != "-" && $0 != "." }.lowercased()
        guard hex.count == 12, hex.allSatisfy({ $0.isHexDigit }) else { return nil }
        return hex
    }
}
