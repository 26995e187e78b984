import Compiler
import Emitters
import Foundation
import Parser
import Validator
import XCTest

/// The package's root folder (tests run from anywhere).
let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Known secrets for the golden builds (never real ones).
let goldenEnvironment = ["PBXC_MASTER_KEY": "golden-master-key", "ACME_CARLA_DEVICE_PW": "Carla-Golden-1!"]

/// Every example customer built in-process as `pbxc build` does (build year 2026).
func builtExamples(environment: [String: String] = goldenEnvironment) throws -> [CustomerBuild.Output] {
    let layout = try RepositoryLayout.discover(paths: ["examples"], currentDirectory: packageRoot)
    let resolver = SecretResolver(source: SecretSource(environment: environment, root: layout.root))
    let inputs = CustomerBuild.Inputs(version: "test", year: 2026, root: layout.root, repositoryDigest: "test", previous: [:])
    let (result, outputs) = RepositoryChecker(layout: layout, jobs: 2).run {
        CustomerBuild.build($0, inputs: inputs, resolver: resolver)
    }
    XCTAssertFalse(result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics.map(\.message))")
    return try outputs.compactMap { try $0?.get() }
}

/// The example customers compiled (no secrets needed), by id.
func compiledExamples() throws -> [String: CompiledCustomer] {
    let layout = try RepositoryLayout.discover(paths: ["examples"], currentDirectory: packageRoot)
    let (_, outputs) = RepositoryChecker(layout: layout, jobs: 2).run { RoutingCompiler.compile($0, year: 2026) }
    return Dictionary(uniqueKeysWithValues: outputs.compactMap { $0 }.map { ($0.routing.customer.id, $0) })
}

func text(_ file: EmittedFile) -> String {
    String(decoding: file.contents, as: UTF8.self)
}

/// Compares `actual` with a golden file; `PBXC_UPDATE_GOLDENS=1` rewrites it.
func assertGolden(_ actual: String, _ golden: URL, file: StaticString = #filePath, line: UInt = #line) throws {
    if ProcessInfo.processInfo.environment["PBXC_UPDATE_GOLDENS"] == "1" {
        try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: golden, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
        XCTFail("no golden file \(golden.path) (PBXC_UPDATE_GOLDENS=1 records it)", file: file, line: line)
        return
    }
    XCTAssertEqual(actual, expected, "differs from \(golden.path) (PBXC_UPDATE_GOLDENS=1 re-records)",
                   file: file, line: line)
}
