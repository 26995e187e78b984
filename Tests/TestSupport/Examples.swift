import Build
import Compiler
import Emitters
import Foundation
import Parser
import Validator
import XCTest

/// Known secrets for the golden builds (never real ones).
public let goldenEnvironment = ["PBXC_MASTER_KEY": "golden-master-key", "ACME_CARLA_DEVICE_PW": "Carla-Golden-1!"]

/// The example repository, compiled or built once per test process and per input:
/// tests only read the results.
private final class ExampleCache: @unchecked Sendable {
    static let shared = ExampleCache()
    private let lock = NSLock()
    private var compiled: [Int: [String: CompiledCustomer]] = [:]
    private var built: [String: [CustomerBuild.Output]] = [:]

    func compiled(year: Int, make: () throws -> [String: CompiledCustomer]) rethrows -> [String: CompiledCustomer] {
        lock.lock(); defer { lock.unlock() }
        if let cached = compiled[year] { return cached }
        let value = try make()
        compiled[year] = value
        return value
    }

    func built(path: String, environment: [String: String], make: () throws -> [CustomerBuild.Output]) rethrows -> [CustomerBuild.Output] {
        lock.lock(); defer { lock.unlock() }
        let key = ([path] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: "\u{0}")
        if let cached = built[key] { return cached }
        let value = try make()
        built[key] = value
        return value
    }
}

/// The example repository compiled for build year `year`, by customer id.
public func compiledExamples(year: Int = 2026) throws -> [String: CompiledCustomer] {
    try ExampleCache.shared.compiled(year: year) {
        let layout = try RepositoryLayout.discover(paths: ["examples"], currentDirectory: packageRoot)
        let (result, outputs) = RepositoryChecker(layout: layout, jobs: 2).run { RoutingCompiler.compile($0.checked, year: year) }
        precondition(!result.diagnostics.contains { $0.severity == .error }, "the examples must check clean")
        var byID: [String: CompiledCustomer] = [:]
        for case let compiled? in outputs { byID[compiled.routing.customer.id] = compiled }
        return byID
    }
}

/// Every example customer built in-process as `pbxc build` does (build year 2026).
public func builtExamples(environment: [String: String] = goldenEnvironment) throws -> [CustomerBuild.Output] {
    try builtRepository("examples", environment: environment)
}

/// A repository below the package root (`examples`, or a test fixture such as
/// `Tests/EmitterTests/BootChain/AllModels`) built in-process as `pbxc build` does.
public func builtRepository(_ path: String, environment: [String: String] = goldenEnvironment) throws -> [CustomerBuild.Output] {
    try ExampleCache.shared.built(path: path, environment: environment) {
        let layout = try RepositoryLayout.discover(paths: [path], currentDirectory: packageRoot)
        let resolver = SecretResolver(source: SecretSource(environment: environment, root: layout.root))
        let inputs = CustomerBuild.Inputs(version: "test", year: 2026, repositoryDigest: "test", previous: [:])
        let (result, outputs) = RepositoryChecker(layout: layout, jobs: 2).run {
            CustomerBuild.build($0, inputs: inputs, resolver: resolver)
        }
        XCTAssertFalse(result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics.map(\.message))")
        return try outputs.compactMap { try $0?.get() }
    }
}

/// The text of an emitted file.
public func text(_ file: EmittedFile) -> String {
    String(decoding: file.contents, as: UTF8.self)
}
