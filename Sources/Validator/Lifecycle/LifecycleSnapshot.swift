import Domain
import Parser

/// What the life-cycle rules compare between two revisions of a customer: each
/// porting request's and order's status and a fingerprint of the parts that must not
/// change in some states. Plain values, so the old revision need not stay in memory.
public struct LifecycleSnapshot: Sendable {
    public struct Porting: Sendable, Equatable {
        public var status: String
        public var numbers: [String]
        /// name, street, house number, postcode, city, province, country, kvk.
        public var holder: [String]
        public var contract: [String]
        public var billing: [String]
        public var blockingCode: String?
        public var approved: [String]
        public var executedOn: String?

        public var holderName: [String] { Array(holder.prefix(1)) }
        public var holderAddress: [String] { Array(holder.dropFirst().prefix(6)) }

        /// The part of the request a blocking code names (`BlockingCode.fields`).
        public func part(_ field: String) -> [String] {
            switch field {
            case "holder": holder
            case "holder_name": holderName
            case "holder_address": holderAddress
            case "contract": contract
            case "numbers": numbers
            case "billing_number": billing
            default: []
            }
        }
    }

    public struct Order: Sendable, Equatable {
        public var status: String
        public var lines: [String]
        public var billing: [String]
    }

    public var porting: [String: Porting] = [:]
    public var orders: [String: Order] = [:]

    public init(_ customer: Customer) {
        for p in customer.porting {
            guard let id = p.id?.value else { continue }
            let h = p.holder
            porting[id] = Porting(status: p.status?.value ?? "draft", numbers: p.numbers.map(\.value),
                                  holder: [h?.name, h?.street, h?.houseNumber, h?.postcode, h?.city, h?.province, h?.country,
                                           h?.kvk]
                                      .map { $0?.value ?? "" },
                                  contract: [p.contract?.account, p.contract?.handling].map { $0?.value ?? "" },
                                  billing: [p.billingNumber, p.newBillingNumber].map { $0?.value ?? "" },
                                  blockingCode: p.blocking?.code?.value,
                                  approved: [p.approved?.first, p.approved?.last].map { $0?.value ?? "" },
                                  executedOn: p.executedOn?.value)
        }
        for o in customer.orders {
            guard let id = o.id?.value else { continue }
            let b = o.billing
            orders[id] = Order(status: o.status?.value ?? "draft",
                               lines: o.lines.map { "\($0.product?.value ?? "")×\($0.quantity?.value ?? "1")" },
                               billing: [b?.kvk, b?.vat, b?.iban, b?.invoiceEmail].map { $0?.value ?? "" }
                                   + [b?.directDebit.map { String($0.value) } ?? ""])
        }
    }
}

/// The life cycles of the spec's rules.md (docs/rules/order-transition.md, porting-transition.md), as data.
public enum Lifecycles {
    /// Order: draft → sent_for_signature → signed → exported; back to draft from
    /// sent_for_signature (a new signature round); cancelled only before signed.
    public static let order: [String: Set<String>] = [
        "draft": ["sent_for_signature", "cancelled"],
        "sent_for_signature": ["signed", "draft", "cancelled"],
        "signed": ["exported"],
        "exported": [],
        "cancelled": [],
    ]

    /// Porting: draft → sent_for_signature → signed → requested → approved → executed;
    /// requested → blocked → requested; cancelled from any state before executed
    /// except requested (the losing provider is answering).
    public static let porting: [String: Set<String>] = [
        "draft": ["sent_for_signature", "cancelled"],
        "sent_for_signature": ["signed", "cancelled"],
        "signed": ["requested", "cancelled"],
        "requested": ["approved", "blocked"],
        "blocked": ["requested", "cancelled"],
        "approved": ["executed", "cancelled"],
        "executed": [],
        "cancelled": [],
    ]

    public static func allows(_ table: [String: Set<String>], from old: String, to new: String) -> Bool {
        old == new || table[old]?.contains(new) == true
    }
}
