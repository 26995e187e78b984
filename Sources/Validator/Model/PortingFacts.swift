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

    /// The country's porting profile; nil for a move, which is platform-internal and
    /// follows no country's porting process.
    public var profile: PortingProfile? { isMove ? nil : country.flatMap(PortingProfile.of) }
    public var id: String { request.id?.value ?? "?" }
    public var isMove: Bool { request.kind?.value == "move" }
    public var status: String { request.status?.value ?? "draft" }

    /// `held_at_provider` as sorted, disjoint intervals: the same numbers may be listed
    /// one by one, as ranges, or both.
    public var heldIntervals: [ClosedRange<UInt64>] { Self.merge(heldAtProvider) }

    /// How many of `range`'s numbers `held_at_provider` lists.
    public func heldCount(in range: NumberRange) -> UInt64 {
        heldIntervals.reduce(0) { total, r in
            let lo = max(r.lowerBound, range.first.digits), hi = min(r.upperBound, range.last.digits)
            return total + (lo <= hi ? hi - lo + 1 : 0)
        }
    }

    /// Whether `digits` is among the numbers held at the provider.
    public func isHeld(_ digits: UInt64) -> Bool { heldIntervals.contains { $0.contains(digits) } }

    static func merge(_ ranges: [NumberRange]) -> [ClosedRange<UInt64>] {
        var merged: [ClosedRange<UInt64>] = []
        for r in ranges.map({ $0.first.digits...$0.last.digits }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, r.lowerBound <= last.upperBound &+ 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        return merged
    }

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
