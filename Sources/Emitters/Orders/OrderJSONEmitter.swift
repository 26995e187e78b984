import Compiler

/// `orders/<id>.json`: the export a provisioning portal takes — for a new customer
/// the customer (contact, address, billing) with its lines, for an existing one the
/// lines only — with unit prices, line totals and the one-off and monthly totals.
public enum OrderJSONEmitter {
    public static func emit(_ order: OrderDocument) throws -> EmittedFile {
        EmittedFile(path: "orders/\(order.id).json", contents: try RoutingJSONEmitter.encode(order))
    }
}
