import Foundation

/// Gives a renderer the text of a source line, for the snippet under a diagnostic.
public protocol SourceLineProvider {
    func line(_ number: Int, of path: String) -> String?
}

/// Lines of the texts a run parsed, once per file (only files that have diagnostics
/// are asked for, so this costs nothing on a clean run).
///
/// A line is only ever taken from what the run itself read as configuration: text it
/// parsed from memory (standard input) by its path, never the file of that name on
/// disk; other files through `read`, which the caller confines to the repository's
/// config files (ContainedFileReader), so that a diagnostic's snippet cannot show a
/// file the run refused or never read.
///
/// Secrets are masked with `*` in every line handed out: where they stand, and any
/// other occurrence of their text (at least 4 characters) on a printed line.
public final class FileSourceLines: SourceLineProvider {
    private let read: (String) -> [UInt8]?
    private var cache: [String: [Substring]] = [:]
    private var secretsByPath: [String: [SecretSpan]] = [:]
    private var secretTexts: [String] = []

    /// `texts`: what was parsed from memory, by the path diagnostics name it with.
    /// `read`: a file's bytes by that path, or nil when it may not be shown.
    public init(texts: [String: String] = [:], secrets: [SecretSpan] = [], read: @escaping (String) -> [UInt8]?) {
        self.read = read
        for (path, text) in texts { cache[path] = Self.split(text) }
        for secret in secrets { secretsByPath[secret.location.path, default: []].append(secret) }
        secretTexts = Set(secrets.map(\.value).filter { $0.count >= 4 }).sorted { $0.count > $1.count }
    }

    public func line(_ number: Int, of path: String) -> String? {
        if cache[path] == nil {
            guard let bytes = read(path) else { return nil }
            cache[path] = Self.split(String(decoding: bytes, as: UTF8.self))
        }
        guard let lines = cache[path], number >= 1, number <= lines.count else { return nil }
        return mask(String(lines[number - 1]), line: number, path: path)
    }

    private func mask(_ line: String, line number: Int, path: String) -> String {
        var scalars = Array(line.unicodeScalars)
        for secret in secretsByPath[path] ?? [] where secret.location.line == number {
            let start = secret.location.column - 1
            let end = min(scalars.count, start + max(secret.location.length, secret.value.unicodeScalars.count))
            if start >= 0, start < end { for i in start..<end { scalars[i] = "*" } }
        }
        var masked = String(String.UnicodeScalarView(scalars))
        for text in secretTexts where masked.contains(text) {
            masked = masked.replacingOccurrences(of: text, with: String(repeating: "*", count: text.count))
        }
        return masked
    }

    private static func split(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
    }
}
