import Foundation

/// The JSON Schema (draft-07) of the config language, for editors (yaml-language-server)
/// and other tools: one definition per mapping of `Schemas`, every key described,
/// `additionalProperties: false`, choices as enums with their meaning. Customer files
/// and `pbxc.yaml` are both accepted (`anyOf` of the two roots).
public enum JSONSchemaGenerator {
    public static func schema() -> [String: Any] {
        var definitions: [String: Any] = [:]
        for (schema, fields) in SchemaFields.table {
            definitions[name(schema)] = object(schema, fields)
        }
        return [
            "$schema": "http://json-schema.org/draft-07/schema#",
            "$id": "https://pbxc.example/schema/pbxc-1.json",
            "title": "pbxc configuration (a customer file or pbxc.yaml)",
            "anyOf": [["$ref": "#/definitions/\(name(Schemas.customerFile))"], ["$ref": "#/definitions/\(name(Schemas.repository))"]],
            "definitions": definitions,
        ]
    }

    public static func text() -> String {
        let data = (try? JSONSerialization.data(withJSONObject: schema(), options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A definition name from a schema's noun: "a catalog product" → `catalog-product`;
    /// a name two schemas would share gets the schema's position (`forward-16`).
    static func name(_ schema: ObjectSchema) -> String {
        names[ObjectIdentifier(schema)] ?? "unknown"
    }

    private static let names: [ObjectIdentifier: String] = {
        func base(_ schema: ObjectSchema) -> String {
            schema.noun.replacingOccurrences(of: "`", with: "").split(separator: " ")
                .filter { !["a", "an", "the"].contains($0) }.joined(separator: "-").lowercased()
        }
        let counts = Dictionary(grouping: Schemas.all, by: base).mapValues(\.count)
        var result: [ObjectIdentifier: String] = [:]
        for (i, schema) in Schemas.all.enumerated() {
            result[ObjectIdentifier(schema)] = counts[base(schema)]! > 1 ? "\(base(schema))-\(i)" : base(schema)
        }
        return result
    }()

    static func object(_ schema: ObjectSchema, _ fields: [String: SchemaField]) -> [String: Any] {
        var properties: [String: Any] = [:]
        for key in schema.keys { if let field = fields[key] { properties[key] = json(field) } }
        var result: [String: Any] = [
            "type": "object", "description": schema.noun.replacingOccurrences(of: "`", with: ""),
            "additionalProperties": false, "properties": properties,
        ]
        if !schema.required.isEmpty { result["required"] = schema.required.sorted() }
        return result
    }

    static func json(_ field: SchemaField) -> [String: Any] {
        var out: [String: Any]
        switch field {
        case .text(_, let numeric, let pattern):
            out = ["type": numeric ? ["string", "number"] : "string"]
            if let pattern { out["pattern"] = pattern }
        case .integer: out = ["type": "integer"]
        case .boolean: out = ["type": "boolean"]
        case .choice(_, let words):
            out = ["type": "string", "enum": words.map(\.0)]
            let described = words.filter { !$0.1.isEmpty }
            if !described.isEmpty { out["markdownEnumDescriptions"] = words.map(\.1); out["enumDescriptions"] = words.map(\.1) }
        case .object(let schema, _): out = ["$ref": "#/definitions/\(name(schema))"]
        case .list(let item, _): out = ["type": "array", "items": json(item)]
        case .map(let value, _, _): out = ["type": "object", "additionalProperties": json(value)]
        case .anyOf(let options, _): out = ["anyOf": options.map(json)]
        }
        if !field.description.isEmpty {
            if out["$ref"] != nil { out = ["allOf": [out], "description": field.description] } else { out["description"] = field.description }
        }
        return out
    }
}
