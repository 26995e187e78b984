import Build
import Compiler
import Diagnostics
import Emitters
import Foundation
import TestSupport
import Validator
import XCTest

/// Issue 17, item 6: escaping stays true for every field. A customer that uses every
/// feature (`InjectionCustomer`) has each free-text and id field filled, one at a
/// time, with each value of `InjectionCorpus` embedded in its ordinary text. Each such
/// customer is either refused by `check` with an error, or builds into files that
/// parse in their formats with the same structure as the clean customer's build
/// (`OutputShape`, `AsteriskShape`, `DOTShape`), and its `pbxc diff` comment against
/// the clean customer has the blocks of an ordinary edit of that field.
final class InjectionPropertyTests: XCTestCase {
    static let environment = goldenEnvironment.merging(["ACME_PORTAL_ADMIN_PW": "Portal-Golden-1!"]) { $1 }

    struct Built {
        var files: [String: Data]
        var compiled: CompiledCustomer
    }

    enum Outcome {
        case refused([Diagnostic])
        case failed(String)
        case built(Built)
    }

    static func build(_ yaml: String) -> Outcome {
        let resolver = SecretResolver(source: SecretSource(environment: environment, root: packageRoot, declared: RuleRegistry.exampleRepository.secrets))
        let inputs = CustomerBuild.Inputs(version: "test", year: 2026, repositoryDigest: "test", svg: false,
                                          previous: [:])
        let (diagnostics, output) = CustomerChecker.check(text: yaml, path: "customer.yaml", repository: RuleRegistry.exampleRepository) {
            context -> (Result<CustomerBuild.Output, CustomerBuild.Failure>, CompiledCustomer) in
            (CustomerBuild.build(context, inputs: inputs, resolver: resolver), RoutingCompiler.compile(context.checked, year: 2026))
        }
        // Errors found while building (a password) are reported like the rules'.
        guard let (result, compiled) = output, !diagnostics.contains(where: { $0.severity == .error }) else { return .refused(diagnostics) }
        switch result {
        case .failure(let failure): return .failed(failure.message)
        case .success(let built):
            // Paths start with the customer id; an id changed by the field is the clean one here.
            let files = Dictionary(uniqueKeysWithValues: built.files.filter { $0.path.contains("/") }.map { file -> (String, Data) in
                (String(file.path.drop { $0 != "/" }.dropFirst()), file.contents)
            })
            return .built(Built(files: files, compiled: compiled))
        }
    }

    /// Each file's shape; a file with the bytes of `unchanged`'s is not read again.
    static func shapes(_ files: [String: Data], unchanged: [String: Data] = [:], shapes known: [String: [String]] = [:])
        -> [String: [String]] {
        var shapes: [String: [String]] = [:]
        for (path, bytes) in files {
            shapes[path] = unchanged[path] == bytes ? known[path] : OutputShape.of(path: path, bytes: bytes)
        }
        return shapes
    }

    static func diffShape(from clean: CompiledCustomer, to new: CompiledCustomer) -> [String] {
        let id = clean.routing.customer.id
        let diff = RoutingDiff(customer: id, old: clean, new: new, year: 2026)
        return OutputShape.markdown(DiffRenderer.markdown(DiffReport(diffs: [diff], notCompared: [], problems: []),
                                                          old: [id: clean.routing], new: [id: new.routing]))
    }

    func testNoFieldInjectsStructureIntoAnyOutput() throws {
        let started = Date()
        let folder = try temporaryFolder(self)
        guard case .built(let clean) = Self.build(InjectionCustomer.yaml()) else {
            switch Self.build(InjectionCustomer.yaml()) {
            case .refused(let diagnostics): XCTFail("the clean customer must check clean: \(diagnostics.map { "\($0.rule) \($0.location.line): \($0.message)" })")
            case .failed(let message): XCTFail("the clean customer must build: \(message)")
            case .built: break
            }
            return
        }
        let cleanShapes = Self.shapes(clean.files)
        let cleanDOT = try XCTUnwrap(clean.files[DOTEmitter.path].map { String(decoding: $0, as: UTF8.self) })
        let cleanDOTShape = try DOTShape.shapes([cleanDOT], in: folder)
        XCTAssertEqual(cleanDOTShape.count, 1, "Graphviz reads the clean call flow")

        let noChanges = Self.diffShape(from: clean.compiled, to: clean.compiled)
        var failures: [String] = []
        var refused = 0, built = 0
        var buildTime = 0.0, checkTime = 0.0, dotTime = 0.0
        for (field, cleanValue) in InjectionCustomer.fields {
            // The diff of an ordinary edit of this field: the blocks an injected one may have.
            // (A phone number takes no letters: its last digit changes instead.)
            let edits = [InjectionCorpus.embed("plain", in: cleanValue), String(cleanValue.dropLast()) + (cleanValue.last == "9" ? "8" : "9")]
            let ordinaryDiff: [String]? = edits.lazy.compactMap { ordinary -> [String]? in
                let yaml = InjectionCustomer.yaml(setting: field, to: YAMLQuoted.content(ordinary))
                guard case .built(let edited) = Self.build(yaml) else { return nil }
                return Self.diffShape(from: clean.compiled, to: edited.compiled)
            }.first
            var graphs: [(String, String)] = []
            for (name, payload) in InjectionCorpus.values {
                let value = InjectionCorpus.embed(payload, in: cleanValue)
                let label = "\(field) = \(name) (\(MessageText.escaped(value, limit: 60)))"
                var mark = Date()
                let outcome = Self.build(InjectionCustomer.yaml(setting: field, to: YAMLQuoted.content(value)))
                buildTime += Date().timeIntervalSince(mark); mark = Date()
                defer { checkTime += Date().timeIntervalSince(mark) }
                switch outcome {
                case .refused:
                    refused += 1
                case .failed(let message):
                    failures.append("\(label): the build failed: \(message)")
                case .built(let injected):
                    built += 1
                    let shapes = Self.shapes(injected.files, unchanged: clean.files, shapes: cleanShapes)
                    if Set(shapes.keys) != Set(cleanShapes.keys) {
                        failures.append("\(label): files \(Set(shapes.keys).symmetricDifference(cleanShapes.keys).sorted())")
                    }
                    for (path, shape) in shapes.sorted(by: { $0.key < $1.key }) {
                        guard let expected = cleanShapes[path], shape != expected else { continue }
                        let at = Array(zip(shape, expected)).firstIndex { $0 != $1 } ?? min(shape.count, expected.count)
                        failures.append("\(label): \(path) at \(at): \(shape.count > at ? shape[at] : "end") instead of \(expected.count > at ? expected[at] : "end")")
                    }
                    let diff = Self.diffShape(from: clean.compiled, to: injected.compiled)
                    // A value that compiles to the clean routing (a phone number read
                    // around its punctuation) has a diff without changes.
                    if let ordinaryDiff, diff != ordinaryDiff, diff != noChanges {
                        let at = Array(zip(diff, ordinaryDiff)).firstIndex { $0 != $1 } ?? min(diff.count, ordinaryDiff.count)
                        failures.append("\(label): diff comment at \(at): \(diff.count > at ? diff[at] : "end") instead of \(ordinaryDiff.count > at ? ordinaryDiff[at] : "end")")
                    } else if ordinaryDiff == nil {
                        failures.append("\(label): built, but an ordinary edit of the field is refused")
                    }
                    if let dot = injected.files[DOTEmitter.path], dot != clean.files[DOTEmitter.path] { graphs.append((label, String(decoding: dot, as: UTF8.self))) }
                }
            }
            // Graphviz once per field for all its built values.
            guard !graphs.isEmpty else { continue }
            let dotStart = Date()
            defer { dotTime += Date().timeIntervalSince(dotStart) }
            let dotShapes = try DOTShape.shapes(graphs.map(\.1), in: folder)
            for (index, (label, _)) in graphs.enumerated() {
                let shape = index < dotShapes.count ? dotShapes[index] : "not read by Graphviz"
                if shape != cleanDOTShape[0] { failures.append("\(label): \(DOTEmitter.path): \(shape) instead of \(cleanDOTShape[0])") }
                if index >= dotShapes.count { break }
            }
        }
        let seconds = Date().timeIntervalSince(started)
        print("injection property: \(InjectionCustomer.fields.count) fields × \(InjectionCorpus.values.count) values: \(refused) refused by check, \(built) built, in \(String(format: "%.1f", seconds)) s (builds \(Int(buildTime)) s, shapes \(Int(checkTime)) s, Graphviz \(Int(dotTime)) s)")
        if let report = ProcessInfo.processInfo.environment["PBXC_INJECTION_REPORT"] {
            try? failures.joined(separator: "\n").write(toFile: report, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(failures, [], "\(failures.count) injections:\n" + failures.prefix(400).joined(separator: "\n"))
    }
}
