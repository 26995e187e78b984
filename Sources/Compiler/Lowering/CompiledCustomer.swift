import Diagnostics
import Domain
import Parser

/// What the compiler makes of one customer: the routing IR, and the SIP endpoints of
/// its devices with their (still unresolved) secrets, which stay out of `routing.json`.
public struct CompiledCustomer: Sendable {
    public var routing: RoutingTable
    public var endpoints: [DeviceEndpoint]
    public var provisioning: ProvisioningPlan
    public var porting: [PortingDocument]
    public var moves: [MoveDocument]
    public var orders: [OrderDocument]
}

/// One device's SIP account. The endpoint name is `<customer>-<user>-<n>` (n counts the
/// user's devices from 1), stable while the order of `devices` is.
public struct DeviceEndpoint: Sendable, Equatable {
    public var name: String
    public var userID: String
    public var displayName: String
    /// The user's extension, shown on the phone and used as the mailbox number.
    public var extensionNumber: String?
    /// The catalog id of the phone model (`yealink-t54w`).
    public var model: String
    /// 12 lower-case hex digits.
    public var mac: String
    public var callerID: String
    public var mailbox: String?
    /// Where its SIP password comes from (`generate` when none is written).
    public var secret: Secret
    /// Where `password` is written; nil when it is not.
    public var secretLocation: SourceLocation?
    /// 1-based position among the user's devices.
    public var index: Int
    /// Where the device is written (for findings about it).
    public var location: SourceLocation
}
