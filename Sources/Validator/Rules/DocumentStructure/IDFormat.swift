import Diagnostics
import Domain
import Parser

/// `id-format`: every name of the language follows one grammar (`IDGrammar`).
enum IDFormat: CustomerRule {
    static let description = RuleDescription(
        id: "id-format", severity: .error, section: .documentStructure,
        summary: "an id or schedule name that is not a simple lower-case name, or that reads as a keyword — beyond",
        rationale: """
        A customer id names its output folder and starts every Asterisk context, so it is `[a-z0-9-]+`, \
        at most 24 characters. The ids of users, hunt groups, menus, porting requests and orders, and the \
        names of schedules (the keys under `schedules:`) become Asterisk context names, file names and \
        diagram ids, so they start with a letter, use only `a-z 0-9 - _ .` and are at most 40 characters. \
        Ids of users, hunt groups and menus are destinations, so they are none of the words that already \
        mean something as a destination (`voicemail`, `repeat`, `reception`, `hangup`, `none`, …).
        """,
        bad: [Example.customer("users: [{ id: ↓voicemail, name: Jan, extension: \"201\" }]"),
              Example.customer("schedules: { ↓\"office hours\": { hours: { mon-fri: \"08:30-17:30\" } } }")],
        good: [Example.customer("users: [{ id: jan.devries, name: Jan, extension: \"201\" }]"),
               Example.customer("schedules: { office-hours: { hours: { mon-fri: \"08:30-17:30\" } } }")])

    static let reserved = IDGrammar.reservedWords

    static func check(_ c: CustomerContext) {
        if let id = c.customer.info?.id, !IDGrammar.isCustomerID(id.value) {
            c.report(description, at: id.location,
                     "customer id `\(MessageText.escaped(id.value))` must be at most \(IDGrammar.maxCustomerIDLength) "
                        + "lower-case letters, digits and `-`: it names the output folder",
                     help: "for example `\(suggestion(id.value, length: IDGrammar.maxCustomerIDLength, letterFirst: false))`")
        }
        for entity in c.entities.all {
            guard let id = entity.id else { continue }
            if reserved.contains(id.value) {
                c.report(description, at: id.location, "`\(id.value)` already means something as a destination; choose another id")
            } else {
                checkName(c, id, what: "id")
            }
        }
        for schedule in c.customer.schedules { checkName(c, schedule.id, what: "schedule name") }
        for request in c.customer.porting { if let id = request.id { checkName(c, id, what: "porting request id") } }
        for order in c.customer.orders { if let id = order.id { checkName(c, id, what: "order id") } }
    }

    private static func checkName(_ c: CustomerContext, _ name: LString, what: String) {
        guard !IDGrammar.isName(name.value) else { return }
        c.report(description, at: name.location,
                 "\(what) `\(MessageText.escaped(name.value))` must start with a letter and use only a-z, 0-9, `-`, `_` "
                    + "and `.`, at most \(IDGrammar.maxNameLength) characters",
                 help: "for example `\(suggestion(name.value, length: IDGrammar.maxNameLength, letterFirst: true))`")
    }

    /// A name in the grammar near the one written (lower case, other characters as `-`).
    private static func suggestion(_ id: String, length: Int, letterFirst: Bool) -> String {
        var mapped = String(id.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }.prefix(length))
        while letterFirst, mapped.first.map({ !$0.isLetter }) == true { mapped.removeFirst() }
        return mapped.isEmpty ? "acme" : mapped
    }
}
