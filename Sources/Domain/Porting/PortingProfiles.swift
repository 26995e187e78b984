import Foundation

/// How porting works per country, as data (seeds 000 §3, 001, 003; porting-orders.md).
/// A request's profile is chosen by the country of its numbers; the profile decides
/// which porting rules apply (DDI blocks, billing numbers, carrier records, the
/// execution window) and carries the country's blocking codes.
public struct PortingProfile: Sendable {
    public var country: String
    /// Business days from submission to the earliest porting date.
    public var leadBusinessDays: Int
    /// How that lead time comes about, for messages and documents.
    public var leadReason: String
    /// When on the porting day the port is carried out.
    public var window: String?
    /// The longest outage the rules allow.
    public var outage: String
    /// Largest block that ports as one.
    public var maxBlock: Int
    /// Whether numbers are allocated in aligned DDI blocks (…0–…9, …00–…99) that port
    /// whole. A European DDI practice: North American numbers port one by one.
    public var ddiBlocks: Bool
    /// Whether the country's process has a billing telephone number (BTN).
    public var hasBillingNumber: Bool
    /// The port runs on a business day between these hours, from the approved date up
    /// to this many business days after it (BE).
    public var executionWindow: ExecutionWindow?
    /// The losing carrier's records the request is built from: a customer service
    /// record (CSR) or an invoice at most this many days old (CA).
    public var invoiceMaxAgeDays: Int?
    /// What the gaining provider charges per ported number (CA), as written.
    public var pricePerNumber: Price?
    /// The signed document is a letter of authorization (LOA, North America) rather
    /// than a request with authorisation.
    public var letterOfAuthorization: Bool
    /// The losing provider's blocking (refusal) codes.
    public var blockingCodes: [BlockingCode]
    /// Whether a code outside `blockingCodes` can occur (NL: the list is the industry's,
    /// members only; pbxc knows 22), and what such a code must look like.
    public var otherCodes: OtherCodes?
    /// Whether `blockingCodes` are pbxc's own names for the reasons a refusal gives
    /// rather than codes the losing provider sends. No official list is public: the
    /// Belgian operators' porting specifications (CRDC) are for their members, and
    /// North American carriers reject under the industry's ordering guidelines (ATIS
    /// LSOG, sold, not published) or their own lists, which differ per carrier. The
    /// documents then show the reason in words, never the name as if it were a code.
    public var blockingCodesArePbxcNames = false

    public struct ExecutionWindow: Sendable, Equatable {
        public var from: String
        public var until: String
        public var businessDaysAfterApproval: Int
    }

    public struct Price: Sendable, Equatable {
        public var amount: String
        public var currency: String
    }

    public struct OtherCodes: Sendable {
        /// A regular expression whole codes match.
        public var pattern: String
        public var describe: String
    }

    /// The earliest porting date: the submission day plus the lead time in business
    /// days of the country's calendar (the submission day itself not counted).
    public func earliestDate(submitted: LocalDate) -> LocalDate {
        BusinessDays(calendar: country).adding(leadBusinessDays, to: submitted)
    }

    /// The days the port may run on, from the approved date (BE: up to 9 business
    /// days after it).
    public func executionDays(approved: LocalDate) -> (first: LocalDate, last: LocalDate)? {
        guard let window = executionWindow else { return nil }
        let days = BusinessDays(calendar: country)
        let first = days.onOrAfter(approved)
        return (first, days.adding(window.businessDaysAfterApproval, to: first))
    }

    public func blockingCode(_ code: String) -> BlockingCode? {
        blockingCodes.first { $0.code == code }
    }

    /// Whether the losing provider can send `code`.
    public func knows(_ code: String) -> Bool {
        if blockingCode(code) != nil { return true }
        guard let other = otherCodes else { return false }
        return code.range(of: "^(\(other.pattern))$", options: .regularExpression) != nil
    }

    public static func of(_ country: String) -> PortingProfile? {
        all.first { $0.country == country.uppercased() }
    }

    public static let all: [PortingProfile] = [
        PortingProfile(
            country: "NL", leadBusinessDays: 3,
            leadReason: "the losing provider answers within 3 business days (COIN); the port follows the approval",
            window: nil, outage: "at most 1 business day (EECC art. 106)", maxBlock: 100, ddiBlocks: true,
            hasBillingNumber: false, executionWindow: nil, invoiceMaxAgeDays: nil, pricePerNumber: nil,
            letterOfAuthorization: false, blockingCodes: BlockingCode.netherlands,
            otherCodes: OtherCodes(pattern: "[1-9][0-9]?", describe: "a code of 1 or 2 digits (0 means not blocked)")),
        PortingProfile(
            country: "BE", leadBusinessDays: 10,
            leadReason: "the losing provider answers within 10 business days; that answer day is the earliest porting date",
            window: "09:00–15:00 on a business day, up to 9 business days after the approved date",
            outage: "at most 2 hours (24 hours for complex ports)", maxBlock: 100, ddiBlocks: true, hasBillingNumber: false,
            executionWindow: ExecutionWindow(from: "09:00", until: "15:00", businessDaysAfterApproval: 9),
            invoiceMaxAgeDays: nil, pricePerNumber: nil, letterOfAuthorization: false,
            blockingCodes: BlockingCode.belgium, otherCodes: nil, blockingCodesArePbxcNames: true),
        PortingProfile(
            country: "DE", leadBusinessDays: 15,
            leadReason: "the provider change (WBCI Vorabstimmung) is submitted at least 15 business days ahead",
            window: nil, outage: "at most 1 business day (TKG § 59)", maxBlock: 1000, ddiBlocks: true,
            hasBillingNumber: false, executionWindow: nil, invoiceMaxAgeDays: nil, pricePerNumber: nil,
            letterOfAuthorization: false, blockingCodes: BlockingCode.germany, otherCodes: nil),
        PortingProfile(
            country: "US", leadBusinessDays: 1,
            leadReason: "a simple port completes in 1 business day (47 CFR 52.35)",
            window: nil, outage: "none expected (activation at midnight)", maxBlock: 1000, ddiBlocks: false,
            hasBillingNumber: true, executionWindow: nil, invoiceMaxAgeDays: nil, pricePerNumber: nil,
            letterOfAuthorization: true, blockingCodes: BlockingCode.northAmerica, otherCodes: nil, blockingCodesArePbxcNames: true),
        PortingProfile(
            country: "CA", leadBusinessDays: 2,
            leadReason: "wireline ports take 2 business days (CRTC Telecom Decision 2005-72)",
            window: nil, outage: "none expected", maxBlock: 1000, ddiBlocks: false, hasBillingNumber: true,
            executionWindow: nil, invoiceMaxAgeDays: 60, pricePerNumber: Price(amount: "29.99", currency: "CAD"),
            letterOfAuthorization: true, blockingCodes: BlockingCode.northAmerica, otherCodes: nil, blockingCodesArePbxcNames: true),
    ]
}
