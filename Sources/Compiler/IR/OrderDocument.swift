/// One order as its documents show it (`orders/<id>.json` and `.pdf`): lines priced
/// from the catalog, totals in exact decimal arithmetic, amounts as decimal strings
/// with two places (`"25.00"`), never binary floating point.
public struct OrderDocument: Codable, Equatable, Sendable {
    public var version = 1
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
    public var totals: Totals
    /// `immediate` or `YYYY-MM-DD`.
    public var contractStart: String
    /// The longest term of the ordered products, in months.
    public var termMonths: Int?
    public var porting: String?

    enum CodingKeys: String, CodingKey {
        case version, id, status, language, country, currency, customer, lines, totals, porting
        case forWhom = "for"
        case customerID = "customer_id"
        case contractStart = "contract_start"
        case termMonths = "term_months"
    }

    public struct Line: Codable, Equatable, Sendable {
        public var product: String
        public var name: String
        public var quantity: Int
        public var unitOneOff: String
        public var unitMonthly: String
        public var oneOff: String
        public var monthly: String
        public var termMonths: Int?

        enum CodingKeys: String, CodingKey {
            case product, name, quantity, monthly
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
        public var country: String?

        enum CodingKeys: String, CodingKey {
            case street, postcode, city, country
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
