// libFuzzer targets for pbxc, built only with PBXC_FUZZ=1 (scripts/fuzz/run.sh): they
// link libFuzzer and AddressSanitizer. One binary, two targets (PBXC_FUZZ_TARGET):
//   check — raw bytes → `pbxc check` of one customer file (libFuzzer's byte mutations);
//           inputs that check clean also go through the compiler and every emitter.
//   build — the same pipeline, but inputs are mutated structurally (StructuralMutator):
//           values swapped for values seen under the same key, blocks deleted or
//           duplicated, so most inputs stay valid YAML and many pass the check and
//           reach the compiler and emitters, which byte mutations seldom do.
import Build
import Compiler
import Domain
import Emitters
import Foundation
import Validator

/// libFuzzer's driver runs the fuzzing loop and calls back for every input.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// libFuzzer's own byte-level mutations, for the `check` target and inside values.
@_silgen_name("LLVMFuzzerMutate")
func LLVMFuzzerMutate(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int) -> Int

enum FuzzMode: String {
    case check, build
    static let current = FuzzMode(rawValue: ProcessInfo.processInfo.environment["PBXC_FUZZ_TARGET"] ?? "check") ?? .check
}

enum FuzzTarget {
    static let resolver = SecretResolver(source: SecretSource(environment: ["PBXC_MASTER_KEY": "fuzz"], root: URL(fileURLWithPath: "/")))
    nonisolated(unsafe) static var inputs = 0
    nonisolated(unsafe) static var compiled = 0

    /// Checks the input and, when it has no error, compiles and emits it; true then.
    @discardableResult
    static func run(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        let buildInputs = CustomerBuild.Inputs(version: "fuzz", year: 2026, repositoryDigest: "fuzz", svg: false, previous: [:])
        inputs += 1
        let result = CustomerChecker.check(text: text, path: "fuzz.yaml", repository: RuleRegistry.exampleRepository) { context in
            compiled += 1
            _ = CustomerBuild.build(context, inputs: buildInputs, resolver: resolver)
        }
        return result.output != nil
    }

    /// Whether the input checks clean (no error), without building it.
    static func checksClean(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        return !CustomerChecker.check(text: text, path: "fuzz.yaml", repository: RuleRegistry.exampleRepository)
            .contains { $0.severity == .error }
    }
}

/// The entry libFuzzer's runtime expects; the driver below calls it too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let built = FuzzTarget.run(bytes)
    // The build target keeps only configs that check clean in its corpus (libFuzzer
    // drops an input on -1), so every mutation starts from a config that compiles.
    return FuzzMode.current == .build && !built ? -1 : 0
}

/// libFuzzer calls this instead of its own mutations when the binary defines it.
@_cdecl("LLVMFuzzerCustomMutator")
public func fuzzCustomMutator(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
    guard FuzzMode.current == .build else { return LLVMFuzzerMutate(data, size, maxSize) }
    return StructuralMutator.shared.mutate(data, size, maxSize, seed: seed)
}

// How far the inputs got, so a run shows whether the compiler and emitters were reached.
atexit {
    FileHandle.standardError.write(Data(
        "pbxc-fuzz \(FuzzMode.current.rawValue): \(FuzzTarget.inputs) inputs, \(FuzzTarget.compiled) checked clean and were compiled and emitted\n".utf8))
}
var argumentCount = CommandLine.argc
var argumentValues = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argumentCount, &argumentValues) { data, size in fuzzOneInput(data, size) })
