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
    /// Province or state: part of an address in Canada and the United States.
    public var province: LString?
    public var country: LString?
    public var location: SourceLocation
}

/// A user of the customer's management portal (seed 004 §9).
public struct PortalUser: Sendable {
    public var username: LString?
    public var name: LString?
    /// Where the portal's mail goes; the username when it is an e-mail address.
    public var email: LString? = nil
    /// Portal roles by name (`user_management`, `mobile_access`, …; `portal-role` checks them).
    public var roles: [LString] = []
    /// The e-mail messages the user is registered for (`invoices`, `voip_usage`, …).
    public var emailMessages: [LString] = []
    /// A blocked user keeps the account but cannot log in.
    public var blocked: Located<Bool>? = nil
    /// Send the welcome mail: the username and a link to set a password.
    public var welcomeMail: Located<Bool>? = nil
    public var password: Located<Secret>?
    public var location: SourceLocation
}
