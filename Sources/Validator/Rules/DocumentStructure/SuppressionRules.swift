import Domain
/// `suppression-reason` and `suppression-unused`: the two findings about
/// `# pbxc: ignore[rule-id] reason` comments (Sources/Diagnostics/Suppressions.swift).
enum SuppressionReason: StructureRule {
    static let description = RuleDescription(
        id: "suppression-reason", severity: .error, section: .documentStructure,
        summary: "a `# pbxc: ignore[rule-id]` comment without a reason — beyond",
        rationale: """
        A finding may be silenced on its line (or, from a comment on a line of its own, on the next line) \
        with `# pbxc: ignore[rule-id] reason`. The reason is what the next reader needs, so a suppression \
        without one silences nothing and is an error.
        """,
        bad: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", number: "+31887654000" }] ↓# pbxc: ignore[number-assigned-twice]"#)],
        good: [Example.customer(#"users: [{ id: jan, name: Jan, extension: "201", number: "+31887654000" }]"#)])
}

enum SuppressionUnused: StructureRule {
    static let description = RuleDescription(
        id: "suppression-unused", severity: .warning, section: .documentStructure,
        summary: "a `# pbxc: ignore[…]` comment that silences nothing (the finding is gone) — beyond",
        rationale: """
        Suppressions outlive the findings they were written for; a stale one would silence a new, real \
        finding of the same rule on that line later. Remove it.
        """,
        bad: [Example.customer("""
        users:
          ↓# pbxc: ignore[extension-format] a legacy four-digit plan
          - { id: jan, name: Jan, extension: "201" }
        """)],
        good: [Example.customer("""
        users:
          # pbxc: ignore[extension-format] the customer's old plan has five-digit extensions until March
          - { id: jan, name: Jan, extension: "20101" }
        """)])
}
