import Compiler

/// `moves/<id>.json`: a move of numbers between two partners of one platform — both
/// partners' consent, exactly the numbers that move, the move date and the offline
/// cut-over — in canonical JSON (docs/schemas/move.schema.json).
public enum MoveJSONEmitter {
    public static func emit(_ document: MoveDocument) throws -> EmittedFile {
        EmittedFile(path: "moves/\(document.id).json", contents: try RoutingJSONEmitter.encode(document))
    }
}
