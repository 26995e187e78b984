import Domain
import Parser

/// One porting request with its numbers parsed, shared by the porting rules.
public struct PortingFacts {
    public let request: PortingRequest
    /// The entries of `numbers` that parse (single numbers or ranges).
    public let ported: [NumberRange]
    /// The entries of `held_at_provider` that parse.
    public let heldAtProvider: [NumberRange]
    /// The country whose porting profile applies (by the numbers' country code).
    public let country: String?

    init(_ request: PortingRequest, context c: CustomerContext) {
        self.request = request
        ported = request.numbers.compactMap(c.parseRange)
        heldAtProvider = request.heldAtProvider.compactMap(c.parseRange)
        country = ported.first.map { Self.country(of: $0.first, customerCountry: c.country) } ?? c.country
    }

    public var profile: PortingProfile? { country.flatMap(PortingProfile.of) }
    public var id: String { request.id?.value ?? "?" }
    public var isMove: Bool { request.kind?.value == "move" }

    /// Requests that are not finished: their numbers are spoken for.
    public var isOpen: Bool { !["executed", "cancelled", "blocked"].contains(request.status?.value ?? "draft") }

    /// Not yet with the losing provider: its dates can still change.
    public var isBeforeRequest: Bool { ["draft", "sent_for_signature", "signed"].contains(request.status?.value ?? "draft") }

    public func ports(_ digits: UInt64) -> Bool { ported.contains { $0.contains(digits) } }

    /// Number of ported numbers within `range`.
    public func portedCount(in range: NumberRange) -> UInt64 {
        ported.reduce(0) { total, r in
            let lo = max(r.first.digits, range.first.digits), hi = min(r.last.digits, range.last.digits)
            return total + (lo <= hi ? hi - lo + 1 : 0)
        }
    }

    static func country(of number: PhoneNumber, customerCountry: String?) -> String? {
        let e164 = number.e164
        for (prefix, country) in [("+31", "NL"), ("+32", "BE"), ("+49", "DE")] where e164.hasPrefix(prefix) { return country }
        if e164.hasPrefix("+1") { return customerCountry == "CA" ? "CA" : "US" }
        return customerCountry
    }
}
