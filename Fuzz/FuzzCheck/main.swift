// libFuzzer target: bytes → `pbxc check` of one customer file, and — when the bytes
// check clean — the compiler and every emitter. Built only with PBXC_FUZZ=1
// (scripts/fuzz/run.sh): it links libFuzzer and AddressSanitizer.
import Compiler
import Emitters
import Foundation
import Validator

/// libFuzzer's driver runs the fuzzing loop and calls back for every input.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32


enum FuzzTarget {
    static let resolver = SecretResolver(source: SecretSource(environment: ["PBXC_MASTER_KEY": "fuzz"], root: URL(fileURLWithPath: "/")))

    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let inputs = CustomerBuild.Inputs(version: "fuzz", year: 2026, root: URL(fileURLWithPath: "/"), repositoryDigest: "fuzz",
                                          svg: false, previous: [:])
        _ = RepositoryChecker.check(text: text, path: "fuzz.yaml", repository: RuleRegistry.exampleRepository) { context in
            _ = CustomerBuild.build(context, inputs: inputs, resolver: resolver)
        }
    }
}

/// The entry libFuzzer's runtime expects; the driver below calls it too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.run(bytes)
    return 0
}

var argumentCount = CommandLine.argc
var argumentValues = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argumentCount, &argumentValues) { data, size in fuzzOneInput(data, size) })
