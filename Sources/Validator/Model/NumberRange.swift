import Domain
import Parser

/// An entry of `numbers`: one number, or a range `A - B` of consecutive numbers.
/// An aligned range of exactly 10, 100 or 1000 numbers is a DDI block.
public struct NumberRange: Sendable {
    public var text: LString
    public var first: PhoneNumber
    public var last: PhoneNumber

    public var count: UInt64 { last.digits - first.digits + 1 }
    public var isRange: Bool { first.digits != last.digits }

    public func contains(_ digits: UInt64) -> Bool { digits >= first.digits && digits <= last.digits }

    /// The DDI block size (10, 100, 1000) when the range is exactly one aligned block.
    public var blockSize: UInt64? {
        for size: UInt64 in [10, 100, 1000] where count == size && first.digits % size == 0 { return size }
        return nil
    }

    /// Largest range pbxc accepts (docs/rules/number-range.md).
    public static let maxCount: UInt64 = 10_000

    /// The two ends of `A - B` (a spaced hyphen, an en dash or `..`), or nil for a single
    /// number. A hyphen without spaces belongs to the number (`088-7654000`).
    public static func split(_ text: String) -> (String, String)? {
        for separator in [" - ", "–", "—", ".."] {
            if let r = text.range(of: separator) {
                return (String(text[..<r.lowerBound]), String(text[r.upperBound...]))
            }
        }
        return nil
    }
}
