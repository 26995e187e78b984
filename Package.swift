// swift-tools-version:6.0
// pbxc — a declarative config compiler for customer PBXs.
// The pipeline is visible in the targets: Parser → Validator → Compiler → Emitters,
// with Diagnostics underneath all of them and the CLI on top.
import Foundation
import PackageDescription

let package = Package(
    name: "pbxc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pbxc", targets: ["pbxc"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // SHA-256 for the build manifest, HMAC for `password: generate`.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        // Provisioning templates (a vendor base template, per-model overrides).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        // The per-customer provisioning bundle.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // System C libraries: YAML through the system libyaml, phone numbers through
        // Google's libphonenumber (a small C shim over its C++ API).
        .systemLibrary(
            name: "CLibYAML", path: "Sources/CLibYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
        // libharu, for the porting and order documents (PDF).
        .systemLibrary(name: "CHPDF", path: "Sources/CHPDF", providers: [.apt(["libhpdf-dev"]), .brew(["libharu"])]),
        // SQLite, for the incremental build's cache.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),
        .target(
            name: "CPhoneNumber",
            path: "Sources/CPhoneNumber",
            linkerSettings: [
                .linkedLibrary("phonenumber"), .linkedLibrary("protobuf"), .linkedLibrary("re2"), .linkedLibrary("stdc++"),
            ]),

        // One diagnostic type, its collector and its renderers; no dependencies.
        .target(name: "Diagnostics"),
        // YAML → located node tree → typed model of the config language.
        .target(name: "Parser", dependencies: ["CLibYAML", "Diagnostics"]),
        // Rules over the typed model; one rule per file under Rules/<Section>/.
        .target(name: "Validator", dependencies: ["Parser", "Diagnostics", "CPhoneNumber"]),
        // Lowering of a validated customer into the routing IR (see docs/architecture.md).
        .target(name: "Compiler", dependencies: [
            "Parser", "Validator", "Diagnostics", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // One emitter per output format; emitters see only the IR.
        .target(name: "Emitters", dependencies: [
            "Compiler", "Validator", .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Mustache", package: "swift-mustache"), "ZIPFoundation", "CHPDF", "CSQLite",
        ]),
        // The commands, testable in-process; `pbxc` is a thin main around them.
        .target(name: "CLI", dependencies: [
            "Parser", "Validator", "Compiler", "Emitters", "Diagnostics",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // mimalloc (Debian's libmimalloc) replaces the C allocator for the whole process:
        // Swift allocates a small object per node, value and diagnostic, and glibc's
        // malloc costs ~10% of a check's instructions more (docs/performance.md).
        .executableTarget(name: "pbxc", dependencies: ["CLI"], linkerSettings: [.linkedLibrary("mimalloc")]),

        // The physical limit of this design: a bare libyaml event loop, for the benchmark.
        .executableTarget(name: "yaml-baseline", dependencies: ["CLibYAML"], path: "Benchmarks/YAMLBaseline"),
        // Where the time of a check goes: read, trees, typed model, rules.
        .executableTarget(name: "check-phases", dependencies: ["Parser", "Validator", "Diagnostics"],
                          path: "Benchmarks/CheckPhases"),

        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"], exclude: ["Goldens"]),
        .testTarget(name: "ParserTests", dependencies: ["Parser", "Diagnostics"]),
        .testTarget(name: "ValidatorTests", dependencies: ["Validator", "Parser", "Diagnostics"]),
        .testTarget(name: "CompilerTests", dependencies: ["Compiler", "Validator", "Parser", "Diagnostics"]),
        .testTarget(name: "EmitterTests", dependencies: ["Emitters", "Compiler", "Validator", "Parser", "Diagnostics"],
                    exclude: ["Goldens"]),
        .testTarget(name: "CLITests", dependencies: ["CLI", "Diagnostics"], exclude: ["Goldens", "FuzzFindings"]),
    ]
)

// The fuzz targets (scripts/fuzz/run.sh): only with PBXC_FUZZ=1, because they link
// libFuzzer and AddressSanitizer, which an ordinary build must not.
if ProcessInfo.processInfo.environment["PBXC_FUZZ"] == "1" {
    package.targets.append(.executableTarget(
        name: "pbxc-fuzz", dependencies: ["Compiler", "Emitters", "Validator"], path: "Fuzz/PBXCFuzz",
        linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]))
}
