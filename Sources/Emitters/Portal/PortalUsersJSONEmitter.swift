import Compiler

/// `portal-users.json`: the management portal's users of the customer, for the
/// portal's API (docs/schemas/portal-users.schema.json); written only when the
/// customer has portal users.
public enum PortalUsersJSONEmitter {
    public static func emit(_ document: PortalUsersDocument) throws -> EmittedFile {
        EmittedFile(path: "portal-users.json", contents: try RoutingJSONEmitter.encode(document))
    }
}
