import Diagnostics

/// A hunt group (seed 004 §6.7).
public struct HuntGroup: Sendable {
    public var id: LString?
    public var name: LString?
    public var extensionNumber: LString?
    public var number: LString?
    public var policy: Located<HuntPolicy>?
    public var members: [LString] = []
    /// Where `members` was written (its value), when it was.
    public var membersLocation: SourceLocation?
    public var nextMemberAfterRings: Located<Int>?
    public var overflow: Overflow?
    public var nightMode: EntityNightMode?
    public var location: SourceLocation

    public struct Overflow: Sendable {
        public var afterSeconds: Located<Int>?
        public var to: LString?
        public var location: SourceLocation
    }
}

/// Call distribution (seed 004 §6.7.3).
public enum HuntPolicy: String, Sendable, CaseIterable {
    case circular
    case fixedOrder = "fixed_order"
    case simultaneous
    case uniform
}
