import Diagnostics
import Foundation
@testable import Parser
import TestSupport

/// Reads `text` as one customer file and returns the model and the diagnostics.
func parseCustomer(_ text: String, path: String = "c.yaml") -> (Customer, [Diagnostic]) {
    let files = SourceFiles()
    let sink = DiagnosticSink(files: files)
    let customer = ConfigLoader(root: URL(fileURLWithPath: "/"), files: files).customer(text: text, path: path, sink: sink)
    return (customer, sink.diagnostics)
}

/// Reads raw bytes with the YAML reader (keep the document while using its nodes).
func readYAML(_ bytes: [UInt8], limits: YAMLLimits = .default) -> (YAMLDocument?, [Diagnostic]) {
    let files = SourceFiles()
    let sink = DiagnosticSink(files: files)
    let document = YAMLReader(limits: limits).read(bytes, file: files.register(path: "f.yaml"), sink: sink)
    return (document, sink.diagnostics)
}

extension Array where Element == Diagnostic {
    var summary: [String] { map { "\($0.location.line):\($0.location.column) \($0.rule)" } }
}
