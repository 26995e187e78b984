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
    /// The portal's users; nil when the customer has none.
    public var portalUsers: PortalUsersDocument? = nil
    /// The partner's letterhead on every document; nil when `pbxc.yaml` names no partner.
    public var letterhead: Letterhead? = nil
}

/// Who sends the documents: the partner's name, address, registration, VAT number,
/// contact and logo (PNG bytes), printed at the top of every PDF.
public struct Letterhead: Sendable, Equatable {
    public var name: String
    public var address: String?
    public var registration: String?
    public var vat: String?
    public var email: String?
    public var phone: String?
    public var logoPNG: [UInt8]?

    public init(name: String, address: String? = nil, registration: String? = nil, vat: String? = nil,
                email: String? = nil, phone: String? = nil, logoPNG: [UInt8]? = nil) {
        self.name = name
        self.address = address
        self.registration = registration
        self.vat = vat
        self.email = email
        self.phone = phone
        self.logoPNG = logoPNG
    }
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
    /// The SIP account's secret when `sip_password` is written (generated when nil).
    public var sipSecret: Located<Secret>?
    /// 1-based position among the user's devices.
    public var index: Int
    /// Where the device is written (for findings about it).
    public var location: SourceLocation
}
