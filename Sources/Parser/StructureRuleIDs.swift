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
}
