import Diagnostics

/// Merges the files of a customer folder: each top-level section may stand in one
/// file only, except the list sections and `schedules`, whose entries are
/// concatenated in file order. (Duplicate ids across files are then found by
/// `duplicate-id`, which names both places.)
enum CustomerMerger {
    static func merge(_ parts: [Customer], sink: DiagnosticSink) -> Customer {
        guard var merged = parts.first else { return Customer() }
        for part in parts.dropFirst() {
            merged.files += part.files
            for (section, location) in part.sections.sorted(by: { $0.key < $1.key }) {
                if let first = merged.sections[section], !Schemas.mergedSections.contains(section) {
                    sink.report(.duplicateKey, at: location,
                                "section `\(section)` is already in another file of this customer",
                                notes: [("first `\(section)` is here", first)],
                                help: "keep `\(section)` in one file; only list sections and `schedules` may be split")
                    continue
                }
                merged.sections[section] = merged.sections[section] ?? location
                take(section, from: part, into: &merged)
            }
        }
        return merged
    }

    /// Appends; adopts the list when there is nothing yet (no element copies).
    private static func concatenate<T>(_ list: inout [T], _ more: [T]) {
        if list.isEmpty { list = more } else { list += more }
    }

    private static func take(_ section: String, from part: Customer, into merged: inout Customer) {
        switch section {
        case "version": merged.version = part.version
        case "customer": merged.info = part.info
        case "numbers": merged.numbers = part.numbers
        case "company": merged.company = part.company
        case "schedules": concatenate(&merged.schedules, part.schedules)
        case "users": concatenate(&merged.users, part.users)
        case "hunt_groups": concatenate(&merged.huntGroups, part.huntGroups)
        case "ivr_menus": concatenate(&merged.ivrMenus, part.ivrMenus)
        case "porting": concatenate(&merged.porting, part.porting)
        case "orders": concatenate(&merged.orders, part.orders)
        case "portal_users": concatenate(&merged.portalUsers, part.portalUsers)
        default: break
        }
    }
}
