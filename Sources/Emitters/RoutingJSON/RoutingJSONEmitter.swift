import Compiler
import Foundation

/// `routing/routing.json`: the routing IR as canonical JSON (keys sorted, two-space
/// indentation, no escaped slashes, a final newline), so that two builds are
/// byte-identical and a diff of two revisions shows only what changed.
public enum RoutingJSONEmitter {
    public static let path = "routing/routing.json"

    public static func emit(_ table: RoutingTable) throws -> EmittedFile {
        EmittedFile(path: path, contents: try encode(table))
    }

    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Reads a routing table back (tests, and tools that consume the build).
    public static func decode(_ data: Data) throws -> RoutingTable {
        try JSONDecoder().decode(RoutingTable.self, from: data)
    }
}
