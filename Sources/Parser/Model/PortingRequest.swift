import Diagnostics

/// A number porting request (seeds 000 §3, 001, 003) or a platform-internal move (002).
public struct PortingRequest: Sendable {
    public var id: LString?
    public var kind: LString?
    public var losingProvider: LString?
    public var contract: Contract?
    public var holder: Holder?
    public var signatory: Person?
    public var numbers: [LString] = []
    public var heldAtProvider: [LString] = []
    public var services: [String: [LString]] = [:]
    public var billingNumber: LString?
    public var newBillingNumber: LString?
    public var wantedDate: LString?
    public var submitted: LString?
    public var status: LString?
    /// `kind: move`: the partner the numbers come from, and the written consent of both partners (seed 002).
    public var previousPartner: LString?
    public var consent: Consent?
    /// The life cycle as recorded: the losing provider's blocking code and reason, the
    /// approved window (first and last date the port may run), the day it ran.
    public var blocking: Blocking?
    public var approved: Approved?
    public var executedOn: LString?
    /// North America (seed 003): the customer service record's and the invoice's dates,
    /// the holder as the losing carrier's record has it, a freeze on the account.
    public var csrDate: LString?
    public var invoiceDate: LString?
    public var carrierRecord: Holder?
    public var freeze: Located<Bool>?
    public var location: SourceLocation

    public struct Consent: Sendable {
        /// Reference of the previous partner's written confirmation, signed by an authorised signatory.
        public var previousPartner: LString?
        /// Reference of the gaining partner's agreement to the move.
        public var gainingPartner: LString?
        /// Who signed for the previous partner.
        public var signedBy: LString?
        public var location: SourceLocation
    }

    public struct Blocking: Sendable {
        public var code: LString?
        public var reason: LString?
        public var location: SourceLocation
    }

    public struct Approved: Sendable {
        public var first: LString?
        public var last: LString?
        public var location: SourceLocation
    }

    public struct Contract: Sendable {
        public var account: LString?
        public var handling: LString?
        public var location: SourceLocation
    }

    public struct Holder: Sendable {
        public var name: LString?
        public var street: LString?
        public var houseNumber: LString?
        public var postcode: LString?
        public var city: LString?
        /// Province or state (North America: part of the service address the carrier matches).
        public var province: LString?
        public var country: LString?
        public var kvk: LString?
        public var location: SourceLocation
    }

    /// The service kinds a line can carry besides voice.
    public static let serviceKinds = ["alarm", "lift", "emergency", "internet", "tv"]
}

/// A named person with contact details (signatory, contact).
public struct Person: Sendable {
    public var name: LString?
    public var email: LString?
    public var phone: LString?
    public var location: SourceLocation
}
