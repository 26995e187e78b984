import Compiler

/// `porting/<id>.json`: the request as a provider API takes it — numbers as E.164
/// blocks, holder, account and contract handling, dates (wanted and earliest),
/// billing numbers, the country's rules and the warnings — in canonical JSON.
public enum PortingJSONEmitter {
    public static func emit(_ document: PortingDocument) throws -> EmittedFile {
        EmittedFile(path: "porting/\(document.id).json", contents: try RoutingJSONEmitter.encode(document))
    }
}
