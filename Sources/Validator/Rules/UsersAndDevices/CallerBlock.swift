import Diagnostics
import Domain
import Parser

/// `caller-block`: a user's blocks of incoming callers must say something that can apply.
enum CallerBlock: CustomerRule {
    static let description = RuleDescription(
        id: "caller-block", severity: .error, section: .usersAndDevices,
        summary: "a specific block without numbers, or specific blocks beside `all: true`",
        rationale: """
        A user can refuse every outside caller (`block_incoming.all`, for a number used for outgoing \
        calls only), withheld numbers, and specific caller numbers — always, or within a schedule's hours. \
        A specific block that names no number blocks nothing, and beside `all: true` the specific blocks \
        never apply: both are a setting that does not do what it says.
        """,
        bad: [Example.customer("""
        users: [{ id: jan, name: Jan, extension: "201", block_incoming: { numbers: [↓{ numbers: [] }] } }]
        """),
              Example.customer("""
        users: [{ id: jan, name: Jan, extension: "201", block_incoming: { all: true, numbers: [↓{ numbers: ["+31612345678"] }] } }]
        """)],
        good: [Example.customer("""
        users:
          - id: jan
            name: Jan
            extension: "201"
            block_incoming:
              anonymous: true
              numbers: [{ numbers: ["+31612345678", "020 123 4567"], schedule: lunch }, { numbers: ["+31612345679"] }]
        schedules: { lunch: { hours: { mon-fri: "12:00-13:00" } } }
        """)])

    static func check(_ c: CustomerContext) {
        for user in c.customer.users {
            guard let block = user.blockIncoming else { continue }
            let name = user.id?.value ?? "?"
            if block.all?.value == true, let first = block.numbers.first {
                c.report(description, at: first.location,
                         "user `\(name)` refuses every outside caller (`all: true`): the specific blocks never apply",
                         help: "remove the specific blocks, or `all: true`")
                continue
            }
            for entry in block.numbers where entry.numbers.isEmpty {
                c.report(description, at: entry.location, "a specific block of user `\(name)` names no number",
                         help: "list the caller numbers to refuse under `numbers`")
            }
        }
    }
}
