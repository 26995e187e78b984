import Diagnostics
import Foundation
import TestSupport
import XCTest

/// Diagnostics and golden files shared by the renderer tests.
enum Fixture {
    static let diagnostics = [
        Diagnostic(rule: "extension-format", severity: .error,
                   message: "extension \"20115\" has 5 digits; extensions have 2, 3 or 4",
                   location: .init(path: "customers/acme/users.yaml", line: 3, column: 16, length: 7),
                   notes: [.init("extensions in use nearby: 201")]),
        Diagnostic(rule: "extension-prefix", severity: .warning, message: "extension 20 is the start of extension 201",
                   location: .init(path: "customers/acme/users.yaml", line: 5, column: 16, length: 5),
                   notes: [.init("the other one is here", at: .init(path: "customers/acme/users.yaml", line: 3, column: 16))],
                   help: "use extensions of one length"),
    ]


    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    /// Compares with Goldens/<name>; `PBXC_UPDATE_GOLDENS=1` rewrites it.
    static func golden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = goldens.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PBXC_UPDATE_GOLDENS"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(actual, try String(contentsOf: url, encoding: .utf8), name, file: file, line: line)
    }
}
