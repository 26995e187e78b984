import Foundation

/// The layout of every JSON file pbxc writes: Foundation's encoder with sorted keys
/// and unescaped slashes, re-indented here so the bytes do not depend on the
/// Foundation version's pretty printer (which differs between platforms, e.g. in how
/// it writes empty arrays): two spaces per level, `"key": value`, `[]` and `{}` for
/// empty containers, a final newline.
public enum CanonicalJSON {
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return indent(try encoder.encode(value))
    }

    /// Re-indents compact JSON (no insignificant whitespace in it).
    static func indent(_ compact: Data) -> Data {
        let bytes = [UInt8](compact)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var depth = 0, i = 0
        func newline() {
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
        }
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""):
                // Copy a string literal whole, escapes included.
                var j = i + 1
                while j < bytes.count, bytes[j] != UInt8(ascii: "\"") { j += bytes[j] == UInt8(ascii: "\\") ? 2 : 1 }
                out.append(contentsOf: bytes[i...min(j, bytes.count - 1)])
                i = j
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if i + 1 < bytes.count, bytes[i + 1] == close {
                    out.append(contentsOf: [byte, close])
                    i += 1
                } else {
                    out.append(byte)
                    depth += 1
                    newline()
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                newline()
                out.append(byte)
            case UInt8(ascii: ","):
                out.append(byte)
                newline()
            case UInt8(ascii: ":"):
                out.append(contentsOf: [byte, UInt8(ascii: " ")])
            default:
                out.append(byte)
            }
            i += 1
        }
        out.append(UInt8(ascii: "\n"))
        return Data(out)
    }
}
