// swift-tools-version:6.0
// pbxc — a declarative config compiler for customer PBXs.
// The pipeline is visible in the targets: Parser → Validator → Compiler → Emitters,
// driven per customer by Build, with the CLI on top. Domain (the facts every stage
// uses: numbers, holidays, identifiers, devices, porting profiles) and Diagnostics
// sit underneath. The dependencies below enforce the layering: Domain knows no stage,
// Emitters see only the IR (Compiler) and Domain, the CLI reaches the pipeline through
// Build.
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
        // HarfBuzz, for the documents' fonts: glyph advances to lay text out with, and its
        // subsetter, so that a PDF embeds only the glyphs it prints.
        .systemLibrary(name: "CHarfBuzz", path: "Sources/CHarfBuzz", pkgConfig: "harfbuzz-subset",
                       providers: [.apt(["libharfbuzz-dev"]), .brew(["harfbuzz"])]),
        // SQLite, for the incremental build's cache.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),
        // crypt(3) from libxcrypt, for the SHA-512 crypt hashes nginx's basic auth checks.
        .systemLibrary(name: "CCrypt", path: "Sources/CCrypt", pkgConfig: "libxcrypt", providers: [.apt(["libcrypt-dev"]), .brew(["libxcrypt"])]),
        .target(
            name: "CPhoneNumber",
            path: "Sources/CPhoneNumber",
            linkerSettings: [
                .linkedLibrary("phonenumber"), .linkedLibrary("protobuf"), .linkedLibrary("re2"), .linkedLibrary("stdc++"),
            ]),

        // One diagnostic type, its collector and its renderers; no dependencies.
        .target(name: "Diagnostics"),
        // The facts every stage uses: phone numbers (over libphonenumber), holidays and
        // business days, identifiers (IBAN, VAT, postcodes, the grammar of ids), MAC addresses, the device
        // catalog, porting profiles, the document fonts (over HarfBuzz). No rules, no
        // diagnostics.
        .target(name: "Domain", dependencies: ["CPhoneNumber", "CHarfBuzz"]),
        // YAML → located node tree → typed model of the config language; the language's one
        // declaration (Decoding/Schemas/), whose words come partly from Domain's catalogs.
        .target(name: "Parser", dependencies: ["CLibYAML", "Diagnostics", "Domain"]),
        // Rules over the typed model; one rule per file under Rules/<Section>/.
        .target(name: "Validator", dependencies: ["Parser", "Diagnostics", "Domain"]),
        // Lowering of a checked customer into the routing IR, trace, secrets, the routing
        // diff (see docs/architecture.md).
        .target(name: "Compiler", dependencies: [
            "Parser", "Validator", "Domain", "Diagnostics", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // One emitter per output format: IR → files. Emitters see only the IR and Domain.
        .target(name: "Emitters", dependencies: [
            "Compiler", "Domain", .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Mustache", package: "swift-mustache"), "ZIPFoundation", "CHPDF", "CHarfBuzz", "CCrypt",
        ]),
        // The pipeline driver: check → compile → emit per customer in parallel, in order;
        // the customer build, the output tree, the manifest and the incremental cache.
        .target(name: "Build", dependencies: [
            "Parser", "Validator", "Compiler", "Emitters", "Domain", "Diagnostics", "CSQLite",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The commands, testable in-process; `pbxc` is a thin main around them.
        .target(name: "CLI", dependencies: [
            "Build", "Parser", "Validator", "Compiler", "Emitters", "Domain", "Diagnostics",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // mimalloc (Debian's libmimalloc) replaces the C allocator for the whole process:
        // Swift allocates a small object per node, value and diagnostic, and glibc's
        // malloc costs ~10% of a check's instructions more (docs/performance.md).
        .executableTarget(name: "pbxc", dependencies: ["CLI", "Emitters"], linkerSettings: [.linkedLibrary("mimalloc")]),

        // The physical limit of this design: a bare libyaml event loop, for the benchmark.
        .executableTarget(name: "yaml-baseline", dependencies: ["CLibYAML"], path: "Benchmarks/YAMLBaseline"),
        // Where the time of a check goes: read, trees, typed model, rules.
        .executableTarget(name: "check-phases", dependencies: ["Build", "Parser", "Validator", "Domain", "Diagnostics"],
                          path: "Benchmarks/CheckPhases"),

        // What the tests share: the package root, golden files, the example repository
        // compiled and built once per test process, the in-process `pbxc`, outside tools.
        .target(name: "TestSupport", dependencies: ["CLI", "Build"], path: "Tests/TestSupport"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "TestSupport"], exclude: ["Goldens"]),
        .testTarget(name: "DomainTests", dependencies: ["Domain", "TestSupport"]),
        .testTarget(name: "ParserTests", dependencies: ["Parser", "Domain", "Diagnostics", "TestSupport"]),
        .testTarget(name: "ValidatorTests", dependencies: ["Validator", "Parser", "Domain", "Diagnostics", "TestSupport"]),
        .testTarget(name: "CompilerTests", dependencies: ["Compiler", "Validator", "Parser", "Domain", "Diagnostics", "TestSupport"]),
        .testTarget(name: "EmitterTests", dependencies: ["Build", "Emitters", "Compiler", "Domain", "Diagnostics", "TestSupport"],
                    exclude: ["Goldens", "BootChain/AllModels"]),
        .testTarget(name: "BuildTests", dependencies: ["Build", "Emitters", "Compiler", "Validator", "Parser", "Domain",
                                                       "Diagnostics", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["CLI", "Build", "Diagnostics", "TestSupport"], exclude: ["Goldens", "FuzzFindings"]),
    ]
)

// The fuzz targets (scripts/fuzz/run.sh): only with PBXC_FUZZ=1, because they link
// libFuzzer and AddressSanitizer, which an ordinary build must not.
if ProcessInfo.processInfo.environment["PBXC_FUZZ"] == "1" {
    package.targets.append(.executableTarget(
        name: "pbxc-fuzz", dependencies: ["Build", "Compiler", "Emitters", "Validator", "Domain"], path: "Fuzz/PBXCFuzz",
        linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]))
}
