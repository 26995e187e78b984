import Foundation

/// SARIF 2.1.0 (OASIS) for code-scanning tools (GitHub code scanning, GitLab, IDEs):
/// one run of the `pbxc` driver with the catalog's rule descriptors (stable ids,
/// summary, help text, default level) for the rules that fired; results with their
/// region (columns in Unicode code points, `columnKind`), paths relative to
/// `%SRCROOT%` (the repository root), notes as related locations, and
/// `partialFingerprints` that survive edits elsewhere in the file (`FindingFingerprints`),
/// so that code scanning matches a finding across runs. Each rule links its page
/// under docs/rules/ (`helpUri`) and carries it in Markdown (`help.markdown`).
public struct SARIFRenderer {
    public var version: String
    public var rules: [RuleMetadata]

    public init(version: String, rules: [RuleMetadata]) {
        self.version = version
        self.rules = rules
    }

    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }

    struct Run: Encodable {
        var tool: Tool
        var columnKind = "unicodeCodePoints"
        var results: [Result]
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name = "pbxc"
        var version: String
        var informationUri = "https://github.com/pbxc/pbxc"
        var rules: [Descriptor]
    }

    struct Text: Encodable { var text: String }

    /// SARIF's multiformatMessageString: plain text, and Markdown where a viewer renders it.
    struct Help: Encodable {
        var text: String
        var markdown: String
    }

    struct Descriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Help
        var helpUri: String
        var defaultConfiguration: Configuration
    }

    struct Configuration: Encodable { var level: String }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Text
        var locations: [Location]
        var relatedLocations: [Related]?
        var partialFingerprints: [String: String]
    }

    struct Location: Encodable { var physicalLocation: Physical }

    struct Related: Encodable {
        var id: Int
        var physicalLocation: Physical?
        var message: Text
    }

    struct Physical: Encodable {
        var artifactLocation: Artifact
        var region: Region
    }

    struct Artifact: Encodable {
        var uri: String
        var uriBaseId = "%SRCROOT%"
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endColumn: Int
    }

    /// The key of pbxc's fingerprint in `partialFingerprints` (versioned, as SARIF asks:
    /// a new way of computing it gets a new key).
    static let fingerprintKey = "pbxcFinding/v1"

    /// A rule's page in the repository's documentation.
    static func helpURI(_ id: String) -> String { "https://github.com/pbxc/pbxc/blob/main/docs/rules/\(id).md" }

    static func help(_ rule: RuleMetadata) -> Help {
        let explain = "Run `pbxc explain \(rule.id)` for a bad and a good example."
        return Help(text: "\(rule.rationale)\n\n\(explain)",
                    markdown: "**\(rule.summary)**\n\n\(rule.rationale)\n\n\(explain) [Rule page](\(helpURI(rule.id)))")
    }

    static func level(_ severity: Severity) -> String { severity == .error ? "error" : "warning" }

    /// `pbxc-rule` style names: `extension-format` → `ExtensionFormat`.
    static func name(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        let used = Set(diagnostics.map(\.rule))
        let descriptors = rules.filter { used.contains($0.id) }.sorted { $0.id < $1.id }
        let index = Dictionary(uniqueKeysWithValues: descriptors.enumerated().map { ($0.element.id, $0.offset) })
        let run = Run(
            tool: Tool(driver: Driver(version: version, rules: descriptors.map {
                Descriptor(id: $0.id, name: Self.name($0.id), shortDescription: Text(text: $0.summary),
                           fullDescription: Text(text: $0.rationale),
                           help: Self.help($0), helpUri: Self.helpURI($0.id),
                           defaultConfiguration: Configuration(level: Self.level($0.severity)))
            })),
            results: zip(diagnostics, FindingFingerprints.of(diagnostics)).map { d, fingerprint in
                let message = d.help.map { "\(d.message)\n\($0)" } ?? d.message
                let related = d.notes.enumerated().map { i, note in
                    Related(id: i + 1, physicalLocation: note.location.map(Self.physical), message: Text(text: note.message))
                }
                return Result(ruleId: d.rule, ruleIndex: index[d.rule], level: Self.level(d.severity),
                              message: Text(text: message), locations: [Location(physicalLocation: Self.physical(d.location))],
                              relatedLocations: related.isEmpty ? nil : related,
                              partialFingerprints: [Self.fingerprintKey: fingerprint])
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Log(runs: [run]))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func physical(_ location: Diagnostic.Location) -> Physical {
        Physical(artifactLocation: Artifact(uri: location.path),
                 region: Region(startLine: location.line, startColumn: location.column,
                                endColumn: location.column + max(1, location.length)))
    }
}
