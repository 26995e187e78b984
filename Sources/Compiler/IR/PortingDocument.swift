/// One porting request as its documents show it (`porting/<id>.json` and `.pdf`):
/// what the losing provider checks, with the dates and rules computed.
public struct PortingDocument: Codable, Equatable, Sendable {
    public var version = 1
    public var id: String
    /// `port`, or `move` between partners of one platform (seed 002).
    public var kind: String
    public var status: String
    public var customer: Party
    /// The document's language: `nl`, `fr`, `de` or `en`.
    public var language: String
    /// The country whose porting rules apply.
    public var country: String
    public var losingProvider: String?
    public var gainingProvider: Party?
    public var previousPartner: String?
    public var consent: String?
    public var contract: Contract?
    public var holder: Holder?
    public var signatory: Signatory?
    public var numbers: [NumberBlock]
    public var heldAtProvider: [NumberBlock]
    public var billingNumber: String?
    public var newBillingNumber: String?
    public var submitted: String?
    public var wantedDate: String?
    public var earliestDate: String?
    public var rules: CountryRules?
    public var warnings: [Warning]

    enum CodingKeys: String, CodingKey {
        case version, id, kind, status, customer, language, country, consent, contract, holder, signatory, numbers
        case submitted, rules, warnings
        case losingProvider = "losing_provider"
        case gainingProvider = "gaining_provider"
        case previousPartner = "previous_partner"
        case heldAtProvider = "held_at_provider"
        case billingNumber = "billing_number"
        case newBillingNumber = "new_billing_number"
        case wantedDate = "wanted_date"
        case earliestDate = "earliest_date"
    }

    public struct Party: Codable, Equatable, Sendable {
        public var id: String?
        public var name: String
    }

    public struct Contract: Codable, Equatable, Sendable {
        public var account: String?
        /// `end_at_term`, `already_ended`, `keep` or `end_early` (buy-out acknowledged).
        public var handling: String?
    }

    public struct Holder: Codable, Equatable, Sendable {
        public var name: String?
        public var street: String?
        public var houseNumber: String?
        public var postcode: String?
        public var city: String?
        public var country: String?
        public var kvk: String?

        enum CodingKeys: String, CodingKey {
            case name, street, postcode, city, country, kvk
            case houseNumber = "house_number"
        }
    }

    public struct Signatory: Codable, Equatable, Sendable {
        public var name: String?
        public var email: String?
        public var phone: String?
    }

    /// Consecutive numbers in E.164, as a provider API takes them.
    public struct NumberBlock: Codable, Equatable, Sendable {
        public var first: String
        public var last: String
        public var count: Int
    }

    public struct CountryRules: Codable, Equatable, Sendable {
        public var leadBusinessDays: Int
        public var leadReason: String
        public var window: String?
        public var outage: String

        enum CodingKeys: String, CodingKey {
            case window, outage
            case leadBusinessDays = "lead_business_days"
            case leadReason = "lead_reason"
        }
    }

    /// What the signatory must know: `partial`, `linked_service`, `move_offline`, `buy_out`.
    public struct Warning: Codable, Equatable, Sendable {
        public var code: String
        public var numbers: [String]
    }
}
