import Diagnostics

/// One customer, merged from its file or from every file of its folder.
public struct Customer: Sendable {
    /// The files it was read from, in path order.
    public var files: [FileID] = []
    /// Where each top-level section was written (for merge conflicts and messages).
    public var sections: [String: SourceLocation] = [:]

    public var version: Located<Int>?
    public var info: CustomerInfo?
    public var numbers: [LString] = []
    public var company: Company?
    public var schedules: [Schedule] = []
    public var users: [User] = []
    public var huntGroups: [HuntGroup] = []
    public var ivrMenus: [IVRMenu] = []
    public var porting: [PortingRequest] = []
    public var orders: [Order] = []
    public var portalUsers: [PortalUser] = []

    public init() {}

    /// The customer's id, or nil when the `customer` section lacks one.
    public var id: String? { info?.id?.value }
}

/// The `customer` section.
public struct CustomerInfo: Sendable {
    public var id: LString?
    public var name: LString?
    public var country: LString?
    public var timezone: LString?
    public var language: LString?
    public var location: SourceLocation
}
