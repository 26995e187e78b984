/// Bounds on input, so that hostile or broken files get a located `yaml-limits`
/// diagnostic instead of exhausting time or memory. Chosen far above real
/// configurations (a large customer file is well under 1 MB, nests about 8 deep,
/// and uses a handful of aliases); see docs/limits.md.
public struct YAMLLimits: Sendable {
    /// Largest file read, in bytes.
    public var maxFileBytes = 16 << 20
    /// Longest scalar, in bytes (greeting paths, names, notes are far shorter).
    public var maxScalarBytes = 64 << 10
    /// Deepest nesting of mappings and sequences.
    public var maxDepth = 64
    /// Nodes that aliases may add by expansion (bounds "billion laughs").
    public var maxAliasExpansion = 10_000

    public init() {}

    public static let `default` = YAMLLimits()
}
