/// The type and meaning of one key of the config language. Declared once, in its
/// mapping's `ObjectSchema` (Schemas*.swift): the parser takes the key list and the
/// required keys from there, the JSON Schema (`pbxc schema`) everything else.
public struct SchemaField: Sendable {
    /// Only the cases that hold a field are boxed: the others cost no allocation when
    /// the schemas are built (once per run, before the first file is decoded).
    public enum Shape: Sendable {
        /// Text; `numeric` also accepts YAML numbers (`extension: 201`), which the
        /// parser reads as the text written; `pattern` is a JSON Schema (ECMA 262)
        /// regular expression for the text.
        case text(numeric: Bool, pattern: String?)
        case integer(ClosedRange<Int>?)
        case boolean
        /// One of the words, each with its meaning ("" when the word says it).
        case choice([(word: String, meaning: String)])
        case object(ObjectSchema)
        /// A list; a list of scalars also takes a single value (`holidays: NL`), as
        /// the parser does.
        indirect case list(SchemaField)
        /// A mapping whose keys are names (schedules by id, hours by day, options by
        /// key); `keyPattern` constrains the names.
        indirect case map(SchemaField, keys: String?, keyPattern: String?)
        /// Any of these shapes.
        case anyOf([SchemaField])
    }

    public var shape: Shape
    /// One sentence for the editor's hover.
    public var description: String
    /// The mapping needs this key (`missing-key`).
    public var isRequired = false
    /// What pbxc assumes when the key is not written.
    public var defaultValue: SchemaValue?
    public var examples: [SchemaValue] = []
    /// A calendar date (`YYYY-MM-DD`): the parser refuses text that is not a real date,
    /// so that no rule meets one it cannot read (the JSON Schema has only its pattern).
    public var isDate = false

    public init(_ shape: Shape, _ description: String) {
        self.shape = shape
        self.description = description
    }

    public static func text(_ description: String, numeric: Bool = false, pattern: String? = nil) -> SchemaField {
        SchemaField(.text(numeric: numeric, pattern: pattern), description)
    }

    public static func integer(_ description: String, in range: ClosedRange<Int>? = nil) -> SchemaField {
        SchemaField(.integer(range), description)
    }

    public static func boolean(_ description: String) -> SchemaField { SchemaField(.boolean, description) }

    public static func choice(_ description: String, _ words: [(String, String)]) -> SchemaField {
        SchemaField(.choice(words.map { (word: $0.0, meaning: $0.1) }), description)
    }

    /// The words of a model enum, so that the parser's words and the schema's are one
    /// list; `meaning` explains each. (A function, not a dictionary keyed by the enum:
    /// such a dictionary costs a runtime conformance lookup when the schemas are first
    /// used, in every `pbxc check`.)
    public static func choice<E: RawRepresentable & CaseIterable>(
        _ description: String, _: E.Type, _ meaning: (E) -> String = { _ in "" }
    ) -> SchemaField where E.RawValue == String {
        choice(description, E.allCases.map { ($0.rawValue, meaning($0)) })
    }

    public static func object(_ schema: ObjectSchema, _ description: String) -> SchemaField {
        SchemaField(.object(schema), description)
    }

    public static func list(_ item: SchemaField, _ description: String) -> SchemaField {
        SchemaField(.list(item), description)
    }

    public static func map(_ value: SchemaField, _ description: String, keys: String? = nil,
                           keyPattern: String? = nil) -> SchemaField {
        SchemaField(.map(value, keys: keys, keyPattern: keyPattern), description)
    }

    public static func anyOf(_ options: [SchemaField], _ description: String) -> SchemaField {
        SchemaField(.anyOf(options), description)
    }

    /// The mapping needs this key.
    public var required: SchemaField {
        var field = self
        field.isRequired = true
        return field
    }

    /// What pbxc assumes when the key is not written.
    public func `default`(_ value: SchemaValue) -> SchemaField {
        var field = self
        field.defaultValue = value
        return field
    }

    public func examples(_ values: SchemaValue...) -> SchemaField {
        var field = self
        field.examples = values
        return field
    }
}

/// A value in a schema declaration (a default, an example): what YAML can write.
public enum SchemaValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case list([SchemaValue])
    /// Keys and values in the order written.
    case mapping([SchemaPair])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(arrayLiteral elements: SchemaValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, SchemaValue)...) {
        self = .mapping(elements.map { SchemaPair(key: $0.0, value: $0.1) })
    }

    /// As JSONSerialization takes it.
    public var json: Any {
        switch self {
        case .string(let text): text
        case .integer(let number): number
        case .boolean(let flag): flag
        case .list(let values): values.map(\.json)
        case .mapping(let pairs): Dictionary(pairs.map { ($0.key, $0.value.json) }, uniquingKeysWith: { first, _ in first })
        }
    }
}

/// A key and its value in a `SchemaValue.mapping`.
public struct SchemaPair: Sendable, Equatable {
    public var key: String
    public var value: SchemaValue
}
