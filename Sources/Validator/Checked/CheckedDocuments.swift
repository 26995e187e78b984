import Domain
import Parser

/// A porting request or number move with its numbers parsed and its country's
/// profile found.
public struct CheckedPorting: Sendable {
    public var id: String
    public var isMove: Bool
    /// `draft` when not written.
    public var status: String
    public var country: String?
    public var profile: PortingProfile?
    public var losingProvider: String?
    public var previousPartner: String?
    public var consent: CheckedConsent?
    public var contractAccount: String?
    public var contractHandling: String?
    public var hasContract: Bool
    public var holder: CheckedHolder?
    public var signatory: CheckedPerson?
    public var ported: [NumberRange]
    public var heldAtProvider: [NumberRange]
    /// Numbers of services on the line (internet, tv, …) that parse, by service.
    public var services: [String: [PhoneNumber]]
    public var billingNumber: String?
    public var newBillingNumber: String?
    public var submitted: LocalDate?
    public var wantedDate: String?
    /// The life cycle as recorded.
    public var blockingCode: String?
    public var blockingReason: String?
    public var approvedFirst: LocalDate?
    public var approvedLast: LocalDate?
    public var executedOn: String?
    /// North America: the carrier's records the request is built from.
    public var csrDate: String?
    public var invoiceDate: String?

    public func ports(_ digits: UInt64) -> Bool { ported.contains { $0.contains(digits) } }

    /// Number of ported numbers within `range`.
    public func portedCount(in range: NumberRange) -> UInt64 {
        ported.reduce(0) { total, r in
            let lo = max(r.first.digits, range.first.digits), hi = min(r.last.digits, range.last.digits)
            return total + (lo <= hi ? hi - lo + 1 : 0)
        }
    }
}

/// A move's consent: the previous partner's signed document, its signatory, the
/// gaining partner's agreement.
public struct CheckedConsent: Sendable {
    public var previousPartner, gainingPartner, signedBy: String?
}

public struct CheckedHolder: Sendable {
    public var name, street, houseNumber, postcode, city, province, country, kvk: String?
}

public struct CheckedPerson: Sendable {
    public var name, email: String?
    /// As written.
    public var phone: String?
    /// In E.164 when it parses, else as written: the number to call.
    public var dialablePhone: String?
}

public struct CheckedAddress: Sendable {
    public var street, houseNumber, postcode, city, province, country: String?
}

public struct CheckedBilling: Sendable {
    public var kvk, vat, invoiceEmail: String?
    /// Without spaces.
    public var iban: String?
    public var directDebit: Bool
}

public struct CheckedOrder: Sendable {
    public var id: String
    /// `new_customer` when not written.
    public var forWhom: String
    /// `draft` when not written.
    public var status: String
    public var lines: [CheckedOrderLine]
    /// The first line's product currency; EUR when no product names one.
    public var currency: String
    /// `immediate` when not written.
    public var contractStart: String
    public var contact: CheckedPerson?
    public var address: CheckedAddress?
    public var billing: CheckedBilling?
    public var porting: String?
}

/// An order line of a product the catalog has.
public struct CheckedOrderLine: Sendable {
    public var product: CheckedProduct
    public var quantity: Int
}
