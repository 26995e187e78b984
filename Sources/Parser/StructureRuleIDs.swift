/// Ids of the rules the parser itself reports (document structure). Their
/// documentation and examples live with the other rules, in
/// `Sources/Validator/Rules/DocumentStructure/`.
public enum StructureRuleID {
    public static let yamlSyntax = "yaml-syntax"
    public static let duplicateKey = "duplicate-key"
    public static let unknownKey = "unknown-key"
    public static let wrongType = "wrong-type"
    public static let missingKey = "missing-key"
    public static let yamlLimits = "yaml-limits"
    public static let fileUnreadable = "file-unreadable"
    public static let fileNotRead = "file-not-read"

    /// Every id above: a test checks that each is a documented rule.
    public static let all = [yamlSyntax, duplicateKey, unknownKey, wrongType, missingKey, yamlLimits, fileUnreadable, fileNotRead]
}
