/// How porting works per country, as data (seeds 000 §3, 001, 003; porting-orders.md).
/// A request's profile is chosen by the country of its numbers.
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
    /// Whether the country's process has a billing telephone number (BTN).
    public var hasBillingNumber: Bool
    /// Rejection or blocking codes of the losing provider → meaning and what to do.
    public var rejectionCodes: [RejectionCode]

    public struct RejectionCode: Sendable {
        public var code: String
        public var meaning: String
        public var fix: String
    }

    /// The earliest porting date: the submission day plus the lead time in business
    /// days of the country's calendar (the submission day itself not counted).
    public func earliestDate(submitted: LocalDate) -> LocalDate {
        BusinessDays(calendar: country).adding(leadBusinessDays, to: submitted)
    }

    public static func of(_ country: String) -> PortingProfile? {
        all.first { $0.country == country.uppercased() }
    }

    public static let all: [PortingProfile] = [
        PortingProfile(
            country: "NL", leadBusinessDays: 3,
            leadReason: "the losing provider answers within 3 business days (COIN); the port follows the approval",
            window: nil, outage: "at most 1 business day (EECC art. 106)", maxBlock: 100, hasBillingNumber: false,
            rejectionCodes: [
                RejectionCode(code: "22", meaning: "holder data (name, address) do not match the losing provider's records",
                              fix: "correct the holder exactly as on the losing provider's invoice and request again"),
                RejectionCode(code: "0", meaning: "not blocked", fix: "nothing to do"),
            ]),
        PortingProfile(
            country: "BE", leadBusinessDays: 10,
            leadReason: "the losing provider answers within 10 business days; that answer day is the earliest porting date",
            window: "09:00–15:00 on a business day, up to 9 business days after the approved date",
            outage: "at most 2 hours (24 hours for complex ports)", maxBlock: 100, hasBillingNumber: false,
            rejectionCodes: []),
        PortingProfile(
            country: "DE", leadBusinessDays: 15,
            leadReason: "the provider change (WBCI Vorabstimmung) is submitted at least 15 business days ahead",
            window: nil, outage: "at most 1 business day (TKG § 59)", maxBlock: 1000, hasBillingNumber: false,
            rejectionCodes: [
                RejectionCode(code: "RNG", meaning: "number not active at the losing provider", fix: "port only active numbers"),
                RejectionCode(code: "ADF", meaning: "address wrong", fix: "correct the holder's address field by field"),
                RejectionCode(code: "AIF", meaning: "holder wrong", fix: "correct the holder's name as on the contract"),
                RejectionCode(code: "WAI", meaning: "more holders on the contract", fix: "name every holder"),
                RejectionCode(code: "KNI", meaning: "customer cannot be identified", fix: "add the customer/contract number"),
                RejectionCode(code: "VAE", meaning: "another provider's request is pending", fix: "wait, or cancel the other request"),
                RejectionCode(code: "SON", meaning: "other reason (see the text)", fix: "read the losing provider's text"),
            ]),
        PortingProfile(
            country: "US", leadBusinessDays: 1,
            leadReason: "a simple port completes in 1 business day (47 CFR 52.35)",
            window: nil, outage: "none expected (activation at midnight)", maxBlock: 1000, hasBillingNumber: true,
            rejectionCodes: []),
        PortingProfile(
            country: "CA", leadBusinessDays: 2,
            leadReason: "wireline ports take 2 business days (CRTC Telecom Decision 2005-72)",
            window: nil, outage: "none expected", maxBlock: 1000, hasBillingNumber: true,
            rejectionCodes: []),
    ]
}
