import Diagnostics

/// A node of a YAML document with its place in the source. Scalars keep their text
/// exactly as written: types come from the schema (see Decoding/), never from YAML 1.1
/// guessing, so `0201` stays "0201" and `NO` stays "NO".
///
/// A plain struct with arrays inside (no `indirect`): arrays already box their
/// elements, and boxing every node would cost a third more time and memory.
public struct YAMLNode: Sendable {
    public enum Value: Sendable {
        case scalar(String)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var value: Value
    public var location: SourceLocation
    /// A plain (unquoted) scalar: only those can mean null (`~`, `null`, empty).
    public var isPlain: Bool

    public init(_ value: Value, at location: SourceLocation, plain: Bool = false) {
        self.value = value
        self.location = location
        self.isPlain = plain
    }

    public var scalar: String? {
        if case .scalar(let s) = value { return s }
        return nil
    }

    public var isNull: Bool {
        guard isPlain, case .scalar(let s) = value else { return false }
        return s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
    }

    /// What this node is, in words for a "wrong-type" message.
    public var kindDescription: String {
        switch value {
        case .scalar: return isNull ? "nothing (null)" : "a text value"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode
    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
