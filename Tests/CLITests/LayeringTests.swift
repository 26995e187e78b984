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

    static let accessLevels: Set<String> = ["public", "package", "internal", "fileprivate", "private"]
    static let declarationKinds: Set<String> = ["struct", "class", "enum", "protocol", "typealias", "func", "var", "let"]

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
                    // `@testable import X`, `public import X`, `import struct X.Y`: attributes
                    // and access levels before `import`, a kind of declaration after it.
                    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
                    guard let at = words.firstIndex(of: "import"),
                          words[..<at].allSatisfy({ $0.hasPrefix("@") || Self.accessLevels.contains(String($0)) })
                    else { continue }
                    let rest = words[(at + 1)...].drop { Self.declarationKinds.contains(String($0)) }
                    guard let named = rest.first else { continue }
                    let module = String(named.split(separator: ".").first ?? named)
                    XCTAssertFalse(forbidden.contains(module), "Sources/\(target)/\(file) imports \(module)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 300, "the imports were read")
    }
}
