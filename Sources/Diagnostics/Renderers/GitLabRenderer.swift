import Foundation

/// GitLab Code Quality (a JSON array, the subset of CodeClimate GitLab reads):
/// description, check_name (the rule id), severity (error → major, warning → minor),
/// location (path, lines.begin) and a fingerprint that is unique per finding and
/// stable across runs and edits elsewhere in the file (`FindingFingerprints`).
public struct GitLabRenderer {
    public init() {}

    struct Issue: Encodable {
        var description: String
        var check_name: String
        var fingerprint: String
        var severity: String
        var location: Location
    }

    struct Location: Encodable {
        var path: String
        var lines: Lines
    }

    struct Lines: Encodable { var begin: Int }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        let issues = zip(diagnostics, FindingFingerprints.of(diagnostics)).map { d, fingerprint in
            Issue(description: "\(d.rule): \(d.message)", check_name: d.rule, fingerprint: fingerprint,
                  severity: d.severity == .error ? "major" : "minor",
                  location: Location(path: d.location.path, lines: Lines(begin: d.location.line)))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(issues)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
