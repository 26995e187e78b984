import Domain
import Parser

/// `id-format`: ids are simple names (an addition to the catalog).
enum IDFormat: CustomerRule {
    static let description = RuleDescription(
        id: "id-format", severity: .error, section: .documentStructure,
        summary: "an id that is not a simple lower-case name, or that reads as a number or keyword — beyond",
        rationale: """
        A customer id names its output folder, so it is `[a-z0-9-]+`. Ids of users, hunt groups and menus \
        are destinations, so they start with a letter, use `a-z 0-9 - _ .`, and are none of the words that \
        already mean something as a destination (`voicemail`, `repeat`, `reception`, `hangup`, `none`, …).
        """,
        bad: [Example.customer("users: [{ id: ↓voicemail, name: Jan, extension: \"201\" }]")],
        good: [Example.customer("users: [{ id: jan.devries, name: Jan, extension: \"201\" }]")])

    static let reserved: Set<String> = Set(IVRKeyword.allCases.map(\.rawValue) + ["voicemail"])

    static func check(_ c: CustomerContext) {
        if let id = c.customer.info?.id, !isCustomerID(id.value) {
            c.report(description, at: id.location,
                     "customer id `\(id.value)` must be lower-case letters, digits and `-`: it names the output folder",
                     help: "for example `\(suggestion(id.value))`")
        }
        for entity in c.entities.all {
            guard let id = entity.id else { continue }
            if reserved.contains(id.value) {
                c.report(description, at: id.location, "`\(id.value)` already means something as a destination; choose another id")
            } else if !isEntityID(id.value) {
                c.report(description, at: id.location,
                         "id `\(id.value)` must start with a letter and use only a-z, 0-9, `-`, `_` and `.`",
                         help: "for example `\(suggestion(id.value))`")
            }
        }
    }

    static func isCustomerID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func isEntityID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        }
    }

    private static func suggestion(_ id: String) -> String {
        let mapped = id.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        return mapped.isEmpty ? "acme" : mapped
    }
}
