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
    /// false: the call is not passed on to the next member after the rings
    /// ("Doorschakelen naar volgende agent" switched off).
    public var nextMember: Located<Bool>?
    /// Callers hear the busy tone when no member can take the call.
    public var busyTone: Located<Bool>?
    /// Where calls go when no member's phone is registered (the site has no internet).
    public var noInternet: LString?
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
