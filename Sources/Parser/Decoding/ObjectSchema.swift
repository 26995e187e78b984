/// The keys one kind of mapping accepts, and which are required. Every mapping of
/// the config language has one (Schemas.swift); the decoders read only keys listed
/// here, so the schema is the single written-down list of the language's keys
/// (a test keeps the two in step).
/// A class, so that readers share one instance instead of copying its collections
/// (reference-count traffic that two checking threads would contend on).
public final class ObjectSchema: Sendable {
    /// How a message names the object: "a user", "the company section".
    public let noun: String
    public let keys: [String]
    public let required: Set<String>
    /// Older or alternative spellings accepted for a key (alias → key).
    public let aliases: [String: String]

    public init(_ noun: String, keys: [String], required: Set<String> = [], aliases: [String: String] = [:]) {
        self.noun = noun
        self.keys = keys
        self.required = required
        self.aliases = aliases
    }

    func canonical(_ key: String) -> String? {
        if keys.contains(key) { return key }
        return aliases[key]
    }
}
