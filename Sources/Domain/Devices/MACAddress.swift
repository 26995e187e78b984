/// MAC addresses as written in device entries.
public enum MACAddress {
    /// What `normalise` accepts, as a JSON Schema (ECMA 262) pattern: 12 hex digits with
    /// any of `:` `-` `.` around them.
    public static let pattern = "^[:.-]*([0-9A-Fa-f][:.-]*){12}$"

    /// Twelve lower-case hex digits, or nil when the text is not 12 hex digits with
    /// optional `:` `-` `.` separators. (On UTF-8 bytes: it runs for every device.)
    public static func normalise(_ text: String) -> String? {
        text.utf8.withContiguousStorageIfAvailable { normalise(bytes: $0) } ?? normalise(bytes: Array(text.utf8))
    }

    private static func normalise<C: Collection<UInt8>>(bytes: C) -> String? {
        var hex: [UInt8] = []
        hex.reserveCapacity(12)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "."): continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"): hex.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): hex.append(byte + 32)
            default: return nil
            }
            if hex.count > 12 { return nil }
        }
        return hex.count == 12 ? String(decoding: hex, as: UTF8.self) : nil
    }
}
