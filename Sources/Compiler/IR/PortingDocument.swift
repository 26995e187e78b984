/// One porting request as its documents show it (`porting/<id>.json` and `.pdf`):
/// what the losing provider checks, with the dates and rules computed.
public struct PortingDocument: Codable, Equatable, Sendable {
    public var version = 2
    public var id: String
    /// Always `port`: moves between partners have their own document (`MoveDocument`).
    public var kind: String
    /// What the customer signs: `letter_of_authorization` (North America, an LOA) or
    /// `request_and_authorisation` (Europe).
    public var documentType: String
    public var status: String
    public var customer: Party
    /// The document's language: `nl`, `fr`, `de` or `en`.
    public var language: String
    /// The country whose porting rules apply.
    public var country: String
    public var losingProvider: String?
    public var gainingProvider: Party?
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
    /// `full` or `partial` when `held_at_provider` tells.
    public var portType: String?
    public var rules: CountryRules?
    /// BE: the days and hours the port may run.
    public var executionWindow: ExecutionWindow?
    public var blocking: Blocking?
    public var approved: Approved?
    public var executedOn: String?
    /// North America: the carrier's records the request was written from.
    public var carrierRecords: CarrierRecords?
    public var price: Price?
    public var warnings: [Warning]

    enum CodingKeys: String, CodingKey {
        case version, id, kind, status, customer, language, country, contract, holder, signatory, numbers
        case submitted, rules, warnings, blocking, approved, price
        case documentType = "document_type"
        case portType = "port_type"
        case executionWindow = "execution_window"
        case executedOn = "executed_on"
        case carrierRecords = "carrier_records"
        case losingProvider = "losing_provider"
        case gainingProvider = "gaining_provider"
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
        /// Province or state (North America).
        public var province: String?
        public var country: String?
        public var kvk: String?

        enum CodingKeys: String, CodingKey {
            case name, street, postcode, city, province, country, kvk
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

    public struct ExecutionWindow: Codable, Equatable, Sendable {
        /// The date the window counts from, and which one it is: `approved`, `wanted` or `earliest`.
        public var from: String
        public var basedOn: String
        public var firstDay: String
        public var lastDay: String
        public var fromTime: String
        public var untilTime: String

        enum CodingKeys: String, CodingKey {
            case from
            case basedOn = "based_on"
            case firstDay = "first_day"
            case lastDay = "last_day"
            case fromTime = "from_time"
            case untilTime = "until_time"
        }
    }

    /// The losing provider's code, its meaning in the document's language, the reason as written.
    public struct Blocking: Codable, Equatable, Sendable {
        public var code: String
        /// `losing_provider`: a code the losing provider sent (NL, DE); `pbxc`: pbxc's
        /// name for the reason a refusal gives, where no code list is public (BE, US, CA).
        public var codeSource: String
        public var meaning: String?
        public var reason: String?

        enum CodingKeys: String, CodingKey {
            case code, meaning, reason
            case codeSource = "code_source"
        }
    }

    public struct Approved: Codable, Equatable, Sendable {
        public var first: String?
        public var last: String?
    }

    public struct CarrierRecords: Codable, Equatable, Sendable {
        public var csrDate: String?
        public var invoiceDate: String?

        enum CodingKeys: String, CodingKey {
            case csrDate = "csr_date"
            case invoiceDate = "invoice_date"
        }
    }

    /// Price per ported number as the profile gives it, exact decimal strings.
    public struct Price: Codable, Equatable, Sendable {
        public var perNumber: String
        public var currency: String
        public var numbers: Int
        public var total: String

        enum CodingKeys: String, CodingKey {
            case currency, numbers, total
            case perNumber = "per_number"
        }
    }

    /// What the signatory must know: `partial`, `linked_service`, `buy_out`, and in
    /// North America `numbers_active` and `confirm_cancellation`.
    public struct Warning: Codable, Equatable, Sendable {
        public var code: String
        public var numbers: [String]
    }
}
