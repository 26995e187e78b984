import Foundation

/// One error python-jsonschema found (scripts/check-config-schema.py): the document of
/// the file, the JSON path of the offending value (for an unknown key: the key), the
/// failing keyword and where the key or value stands (1-based).
public struct SchemaFinding: Decodable, CustomStringConvertible {
    public let document: Int?
    public let path: [String]?
    public let keyword: String
    public let message: String
    public let line: Int?
    public let column: Int?

    public var description: String {
        "\(line.map(String.init) ?? "?"):\(column.map(String.init) ?? "?") \((path ?? []).joined(separator: "/")) [\(keyword)] \(message)"
    }
}

/// Validates YAML files with python-jsonschema, through scripts/check-config-schema.py:
/// against `schema`, or (nil) against the schema each file's modeline names. Paths are
/// relative to `directory`; returns the findings by file.
public func checkConfigSchema(_ files: [String], schema: URL?, in directory: URL) throws -> [String: [SchemaFinding]] {
    let script = packageRoot.appendingPathComponent("scripts/check-config-schema.py").path
    let run = try tool(["python3", script] + (schema.map { ["--schema", $0.path] } ?? ["--modeline"]) + files, in: directory)
    guard let start = run.out.firstIndex(of: "{"),
          let findings = try? JSONDecoder().decode([String: [SchemaFinding]].self, from: Data(run.out[start...].utf8)) else {
        throw NSError(domain: "check-config-schema", code: Int(run.status), userInfo: [NSLocalizedDescriptionKey: run.out])
    }
    return findings
}
