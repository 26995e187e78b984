import Diagnostics

/// An order (seed 000 §2).
public struct Order: Sendable {
    public var id: LString?
    public var forWhom: LString?
    public var lines: [Line] = []
    public var contractStart: LString?
    public var contact: Person?
    public var address: Address?
    public var billing: Billing?
    public var porting: LString?
    public var status: LString?
    public var location: SourceLocation

    public struct Line: Sendable {
        public var product: LString?
        /// As written: `order-quantity` decides whether it is a whole number ≥ 1.
        public var quantity: LString?
        public var location: SourceLocation
    }

    public struct Billing: Sendable {
        public var kvk: LString?
        public var vat: LString?
        public var iban: LString?
        public var invoiceEmail: LString?
        public var directDebit: Located<Bool>?
        public var location: SourceLocation
    }
}

public struct Address: Sendable {
    public var street: LString?
    public var houseNumber: LString?
    public var postcode: LString?
    public var city: LString?
    public var country: LString?
    public var location: SourceLocation
}

/// A user of the customer's management portal (seed 004 §9).
/// The roles of a management-portal user.
public enum PortalRole: String, Sendable, CaseIterable {
    case userManagement = "user_management", invoices, settings
    case mobileAccess = "mobile_access"

    public var meaning: String {
        switch self {
        case .userManagement: "manage the portal's users"
        case .invoices: "see the invoices"
        case .settings: "change settings"
        case .mobileAccess: "the mobile part of the portal"
        }
    }
}

public struct PortalUser: Sendable {
    public var username: LString?
    public var name: LString?
    public var roles: [LString] = []
    public var password: Located<Secret>?
    public var location: SourceLocation
}
