import Domain

extension IDGrammar {
    /// The names that already mean something as a destination: no user, hunt group or
    /// menu may be called so (`id-format`).
    public static let reservedWords: Set<String> = Set(IVRKeyword.allCases.map(\.rawValue) + ["voicemail"])

    /// A name that is not a reserved word, as a JSON Schema (ECMA 262) pattern.
    public static let entityIDPattern =
        "^(?!(\(reservedWords.sorted().joined(separator: "|")))$)[a-z][a-z0-9._-]{0,\(maxNameLength - 1)}$"
}
