/// How bad a finding is. Errors refuse a build; warnings let it go on
/// (unless `--warnings-as-errors`).
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (a: Severity, b: Severity) -> Bool {
        a == .warning && b == .error
    }
}
