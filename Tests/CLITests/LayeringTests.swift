import Foundation
import TestSupport
import XCTest

/// The pipeline's layering (Package.swift, docs/architecture.md), held on the sources:
/// SwiftPM lets a target import what its dependencies import, so `import Parser` in an
/// emitter would compile. Each stage imports only the stages beneath it.
final class LayeringTests: XCTestCase {
    /// The modules each target must not import.
    static let forbidden: [String: Set<String>] = [
        "Diagnostics": ["Domain", "Parser", "Validator", "Compiler", "Emitters", "Build", "CLI"],
        "Domain": ["Parser", "Validator", "Compiler", "Emitters", "Build", "CLI"],
        "Parser": ["Validator", "Compiler", "Emitters", "Build", "CLI"],
        "Validator": ["Compiler", "Emitters", "Build", "CLI"],
        "Compiler": ["Emitters", "Build", "CLI"],
        "Emitters": ["Parser", "Validator", "Build", "CLI"],
        "Build": ["CLI"],
    ]

    func testEachStageImportsOnlyTheStagesBeneathIt() throws {
        var checked = 0
        for (target, forbidden) in Self.forbidden {
            let folder = packageRoot.appendingPathComponent("Sources/\(target)")
            let files = try XCTUnwrap(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
                .filter { $0.hasSuffix(".swift") }
            XCTAssertFalse(files.isEmpty, target)
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let words = line.split(separator: " ")
                    guard let at = words.firstIndex(of: "import"), at + 1 < words.count,
                          words[..<at].allSatisfy({ $0.hasPrefix("@") }) else { continue }
                    let module = String(words[at + 1])
                    XCTAssertFalse(forbidden.contains(module), "Sources/\(target)/\(file) imports \(module)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 300, "the imports were read")
    }
}
