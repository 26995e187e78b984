import Diagnostics

/// Turns node trees into the typed model. One extension per section, in the
/// `Decode*.swift` files beside this one.
public struct ConfigDecoder {
    let sink: DiagnosticSink

    public init(sink: DiagnosticSink) {
        self.sink = sink
    }

    /// Checks `version:` — only version 1 of the language exists.
    func version(_ reader: ObjectReader) -> Located<Int>? {
        guard let version = reader.int("version") else { return nil }
        if version.value != 1 {
            sink.report(.wrongType, at: version.location,
                        "this pbxc reads version 1 of the config language, found version \(version.value)",
                        help: "write `version: 1`, or upgrade pbxc")
        }
        return version
    }
}
