import Compiler
import Foundation

/// `routing/routing.json`: the routing IR as canonical JSON (CanonicalJSON.swift), so that two builds are
/// byte-identical and a diff of two revisions shows only what changed.
public enum RoutingJSONEmitter {
    public static let path = "routing/routing.json"

    public static func emit(_ table: RoutingTable) throws -> EmittedFile {
        EmittedFile(path: path, contents: try encode(table))
    }

    /// Any value in the canonical layout of pbxc's JSON files (CanonicalJSON.swift).
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        try CanonicalJSON.encode(value)
    }

    /// Reads a routing table back (tests, and tools that consume the build).
    public static func decode(_ data: Data) throws -> RoutingTable {
        try JSONDecoder().decode(RoutingTable.self, from: data)
    }
}
