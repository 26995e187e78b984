import Diagnostics
import Domain
import Parser

/// Users, hunt groups and IVR menus share one namespace of ids and extensions
/// (config-language.md, Destinations); this is the common view rules need.
public struct Entity: Sendable {
    public enum Kind: String, Sendable {
        case user
        case huntGroup = "hunt group"
        case ivrMenu = "IVR menu"
    }

    public var kind: Kind
    public var id: LString?
    public var extensionNumber: LString?
    public var number: LString?
    public var location: SourceLocation
    /// Index into the customer's list of that kind.
    public var index: Int

    /// "user `jan`"
    public var label: String { "\(kind.rawValue) `\(id?.value ?? "?")`" }
    public var isReachable: Bool { extensionNumber != nil || number != nil }
}

/// Entities by a name, as positions in `EntityIndex.all` (each entity is stored
/// once; a table of copies would retain their Strings three times over).
public struct EntityLookup: Sendable {
    fileprivate var all: [Entity] = []
    fileprivate var positions: [String: Int] = [:]

    public subscript(_ name: String) -> Entity? {
        positions[name].map { all[$0] }
    }

    public var keys: Dictionary<String, Int>.Keys { positions.keys }
}

/// Every entity of a customer, by id and by extension (first definition wins; the
/// duplicates are reported by `duplicate-id` and `extension-conflict`).
public struct EntityIndex: Sendable {
    public private(set) var all: [Entity] = []
    public private(set) var byID = EntityLookup()
    public private(set) var byExtension = EntityLookup()
    /// Entities whose id or extension an earlier entity already has, with that one
    /// (found while indexing, so the duplicate rules need no tables of their own).
    public private(set) var repeatedIDs: [(entity: Entity, first: Entity)] = []
    public private(set) var repeatedExtensions: [(entity: Entity, first: Entity)] = []

    init(_ customer: Customer) {
        let count = customer.users.count + customer.huntGroups.count + customer.ivrMenus.count
        all.reserveCapacity(count)
        byID.positions.reserveCapacity(count)
        byExtension.positions.reserveCapacity(count)
        for (i, u) in customer.users.enumerated() {
            add(Entity(kind: .user, id: u.id, extensionNumber: u.extensionNumber, number: u.number,
                       location: u.location, index: i))
        }
        for (i, g) in customer.huntGroups.enumerated() {
            add(Entity(kind: .huntGroup, id: g.id, extensionNumber: g.extensionNumber, number: g.number,
                       location: g.location, index: i))
        }
        for (i, m) in customer.ivrMenus.enumerated() {
            add(Entity(kind: .ivrMenu, id: m.id, extensionNumber: m.extensionNumber, number: m.number,
                       location: m.location, index: i))
        }
        byID.all = all
        byExtension.all = all
    }

    private mutating func add(_ entity: Entity) {
        let position = all.count
        all.append(entity)
        if let id = entity.id?.value {
            if let first = byID.positions[id] { repeatedIDs.append((entity, all[first])) } else { byID.positions[id] = position }
        }
        if let ext = entity.extensionNumber?.value {
            if let first = byExtension.positions[ext] {
                repeatedExtensions.append((entity, all[first]))
            } else {
                byExtension.positions[ext] = position
            }
        }
    }
}
