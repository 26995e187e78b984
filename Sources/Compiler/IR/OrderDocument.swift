/// One order as its documents show it (`orders/<id>.json` and `.pdf`): lines priced
/// from the catalog, totals in exact decimal arithmetic, amounts as decimal strings
/// with two places (`"25.00"`), never binary floating point.
public struct OrderDocument: Codable, Equatable, Sendable {
    /// 2: lines carry their module (and account type), with the modules' subtotals and
    /// the account counts (docs/schemas/order.schema.json).
    public var version = 2
    public var id: String
    /// `new_customer` (the export carries the customer) or `existing_customer`.
    public var forWhom: String
    public var status: String
    public var language: String
    /// The customer's country: how amounts and dates are written, which VAT applies.
    public var country: String
    public var currency: String
    /// The customer, for a new customer; nil for an existing one (the portal has it).
    public var customer: OrderCustomer?
    public var customerID: String
    public var lines: [Line]
    /// The order form's modules that have lines, in the form's order, each with its
    /// subtotal (the form's "Subtotaal" under each module).
    public var modules: [Module]
    /// The telephony module's account counts by type, in the form's order (`phone`,
    /// `microsoft_teams`, `cloud_cti`, `fixed_mobile`): the quantities of the ordered
    /// products of that type; empty when no ordered product is an account.
    public var accounts: [Accounts]
    public var totals: Totals
    /// `immediate` or `YYYY-MM-DD`.
    public var contractStart: String
    /// The longest term of the ordered products, in months.
    public var termMonths: Int?
    public var porting: String?

    enum CodingKeys: String, CodingKey {
        case version, id, status, language, country, currency, customer, lines, modules, accounts, totals, porting
        case forWhom = "for"
        case customerID = "customer_id"
        case contractStart = "contract_start"
        case termMonths = "term_months"
    }

    public struct Accounts: Codable, Equatable, Sendable {
        public var type: String
        public var quantity: Int
    }

    public struct Module: Codable, Equatable, Sendable {
        /// `telephony`, `number_porting`, `phone_numbers`, `mobile`, `hardware` or `internet`.
        public var module: String
        public var oneOff: String
        public var monthly: String

        enum CodingKeys: String, CodingKey {
            case module, monthly
            case oneOff = "one_off"
        }
    }

    public struct Line: Codable, Equatable, Sendable {
        public var product: String
        public var name: String
        /// The module of the order form the product is chosen in.
        public var module: String
        /// For an account product of the telephony module: its account type.
        public var accountType: String?
        public var quantity: Int
        public var unitOneOff: String
        public var unitMonthly: String
        public var oneOff: String
        public var monthly: String
        public var termMonths: Int?

        enum CodingKeys: String, CodingKey {
            case product, name, module, quantity, monthly
            case accountType = "account_type"
            case unitOneOff = "unit_one_off"
            case unitMonthly = "unit_monthly"
            case oneOff = "one_off"
            case termMonths = "term_months"
        }
    }

    /// Totals excluding VAT; with a VAT rate (the country's, `VATRates`), the VAT and
    /// the totals including it. No rate (United States, Canada): no VAT on the document.
    public struct Totals: Codable, Equatable, Sendable {
        public var oneOff: String
        public var monthly: String
        /// Percent, decimal text ("21").
        public var vatRate: String?
        public var oneOffVAT: String?
        public var monthlyVAT: String?
        public var oneOffIncludingVAT: String?
        public var monthlyIncludingVAT: String?

        public init(oneOff: String, monthly: String, vatRate: String? = nil, oneOffVAT: String? = nil,
                    monthlyVAT: String? = nil, oneOffIncludingVAT: String? = nil, monthlyIncludingVAT: String? = nil) {
            self.oneOff = oneOff
            self.monthly = monthly
            self.vatRate = vatRate
            self.oneOffVAT = oneOffVAT
            self.monthlyVAT = monthlyVAT
            self.oneOffIncludingVAT = oneOffIncludingVAT
            self.monthlyIncludingVAT = monthlyIncludingVAT
        }

        enum CodingKeys: String, CodingKey {
            case monthly
            case oneOff = "one_off"
            case vatRate = "vat_rate"
            case oneOffVAT = "one_off_vat"
            case monthlyVAT = "monthly_vat"
            case oneOffIncludingVAT = "one_off_including_vat"
            case monthlyIncludingVAT = "monthly_including_vat"
        }
    }

    public struct OrderCustomer: Codable, Equatable, Sendable {
        public var name: String
        public var contact: Contact?
        public var address: Address?
        public var billing: Billing?
    }

    public struct Contact: Codable, Equatable, Sendable {
        public var name: String?
        public var email: String?
        public var phone: String?
    }

    public struct Address: Codable, Equatable, Sendable {
        public var street: String?
        public var houseNumber: String?
        public var postcode: String?
        public var city: String?
        /// Province or state (Canada, the United States).
        public var province: String?
        public var country: String?

        enum CodingKeys: String, CodingKey {
            case street, postcode, city, province, country
            case houseNumber = "house_number"
        }
    }

    public struct Billing: Codable, Equatable, Sendable {
        public var kvk: String?
        public var vat: String?
        public var iban: String?
        public var invoiceEmail: String?
        public var directDebit: Bool

        enum CodingKeys: String, CodingKey {
            case kvk, vat, iban
            case invoiceEmail = "invoice_email"
            case directDebit = "direct_debit"
        }
    }
}
