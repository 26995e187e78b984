import Compiler
import Foundation

/// Orders, porting requests and moves compared field by field, as their JSON documents
/// say them (`docs/orders.md`, `docs/porting.md`): status, quantities and totals, dates,
/// blocking, approved window, numbers. Order lines are named by product, number blocks
/// by their first number, so a line inserted above does not show every line as changed.
/// The customer's own details, which every document repeats, are left to the customer;
/// amounts derived from shown ones are left out.
enum DocumentDiff {
    /// Fields each document copies from the customer or the country: not the document's change.
    static let skipped: Set<String> = ["version", "customer", "customer_id", "language", "country", "currency", "rules"]

    /// Amounts computed from others the diff shows (a line's amount from its quantity
    /// and unit price, VAT from the totals, an order's subtotals per module and counts
    /// per account type from its lines): one change is said once, not as five lines.
    static func isDerived(_ path: String) -> Bool {
        (path.hasPrefix("lines[") && (path.hasSuffix("].monthly") || path.hasSuffix("].one_off")))
            || path.hasPrefix("modules[") || path.hasPrefix("accounts[")
            || (path.hasPrefix("totals.") && (path.hasSuffix("_vat") && path != "totals.vat_rate"))
    }

    static func changes(_ old: CompiledCustomer, _ new: CompiledCustomer) -> [RoutingDiff.Change] {
        compare("order", old.orders.map { ($0.id, flatten($0)) }, new.orders.map { ($0.id, flatten($0)) })
            + compare("porting", old.porting.map { ($0.id, flatten($0)) }, new.porting.map { ($0.id, flatten($0)) })
            + compare("move", old.moves.map { ($0.id, flatten($0)) }, new.moves.map { ($0.id, flatten($0)) })
    }

    static func compare(_ kind: String, _ old: [(String, [String: String])], _ new: [(String, [String: String])]) -> [RoutingDiff.Change] {
        let before = Dictionary(old, uniquingKeysWith: { a, _ in a }), after = Dictionary(new, uniquingKeysWith: { a, _ in a })
        var changes: [RoutingDiff.Change] = []
        for id in Set(before.keys).union(after.keys).sorted() {
            switch (before[id], after[id]) {
            case (nil, let b?): changes.append(.init(kind: kind, text: "\(kind) \(id) added (\(b["status"] ?? "no status"))", nodes: []))
            case (let a?, nil): changes.append(.init(kind: kind, text: "\(kind) \(id) removed (was \(a["status"] ?? "no status"))", nodes: []))
            case (let a?, let b?):
                // The status first: it is what a reviewer looks for.
                let fields = Set(a.keys).union(b.keys).sorted { ($0 == "status" ? 0 : 1, $0) < ($1 == "status" ? 0 : 1, $1) }
                for field in fields where a[field] != b[field] && !isDerived(field) {
                    changes.append(.init(kind: kind, text: "\(kind) \(id): \(field) \(a[field] ?? "none") → \(b[field] ?? "none")", nodes: []))
                }
            default: break
            }
        }
        return changes
    }

    /// Every leaf of a document's JSON by its path: `status`, `lines[connection-fee].quantity`,
    /// `approved.first_day`, `numbers[+31887654000].last`.
    static func flatten<T: Encodable>(_ document: T) -> [String: String] {
        guard let data = try? JSONEncoder().encode(document), let root = try? JSONDecoder().decode(JSONValue.self, from: data) else {
            return [:]
        }
        var leaves: [String: String] = [:]
        func walk(_ value: JSONValue, _ path: String) {
            switch value {
            case .object(let object):
                for (key, inner) in object where !(path.isEmpty && skipped.contains(key)) {
                    walk(inner, path.isEmpty ? key : "\(path).\(key)")
                }
            case .array(let array):
                for (i, element) in array.enumerated() {
                    var name = "\(i + 1)"
                    if case .object(let object) = element {
                        for key in ["product", "id", "first"] {
                            if case .text(let text)? = object[key] { name = text; break }
                        }
                    }
                    walk(element, "\(path)[\(name)]")
                }
            case .text(let text): leaves[path] = text
            case .null: break  // the field is absent
            }
        }
        walk(root, "")
        return leaves
    }

    /// A JSON value with its scalars as the text the diff shows.
    enum JSONValue: Decodable {
        case object([String: JSONValue]), array([JSONValue]), text(String), null

        init(from decoder: Decoder) throws {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() { self = .null }
            else if let flag = try? single.decode(Bool.self) { self = .text(flag ? "yes" : "no") }
            else if let integer = try? single.decode(Int.self) { self = .text(String(integer)) }
            else if let number = try? single.decode(Double.self) { self = .text(String(number)) }
            else if let text = try? single.decode(String.self) { self = .text(text) }
            else if let object = try? single.decode([String: JSONValue].self) { self = .object(object) }
            else { self = .array(try single.decode([JSONValue].self)) }
        }
    }
}
