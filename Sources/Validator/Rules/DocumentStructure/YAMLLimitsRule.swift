import Domain
import Parser

/// `yaml-limits`: bounds on input size, depth and alias expansion.
enum YAMLLimitsRule: StructureRule {
    static let description = RuleDescription(
        reportedBy: .yamlLimits, section: .documentStructure,
        summary: "input too deep, too large, or alias expansion beyond a bound (billion laughs)",
        rationale: """
        A file over 16 MiB, a value over 64 KiB, nesting deeper than 64 levels, or aliases that expand to \
        more than 10,000 nodes are refused with this error rather than exhausting memory or time \
        (docs/limits.md). Real configurations stay far below these bounds.
        """,
        bad: [Example.customer("""
        x1: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
        x2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
        x3: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
        x4: [*c, *c, *c, *c, *c, *c, *c, ↓*c]
        """)],
        good: [Example.customer("users: [{ id: jan, name: Jan, extension: \"201\" }]")])
}
