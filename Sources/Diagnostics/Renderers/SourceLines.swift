import Foundation

/// Gives a renderer the text of a source line, for the snippet under a diagnostic.
public protocol SourceLineProvider {
    func line(_ number: Int, of path: String) -> String?
}

/// Reads lines from files under a root folder, once per file (only files that have
/// diagnostics are read again, so this costs nothing on a clean run). In-memory
/// texts (standard input) can be registered under their display path.
public final class FileSourceLines: SourceLineProvider {
    private let root: URL
    private var cache: [String: [Substring]] = [:]

    public init(root: URL) {
        self.root = root
    }

    public func register(text: String, as path: String) {
        cache[path] = Self.split(text)
    }

    public func line(_ number: Int, of path: String) -> String? {
        if cache[path] == nil {
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
            guard let data = try? Data(contentsOf: url) else { return nil }
            cache[path] = Self.split(String(decoding: data, as: UTF8.self))
        }
        guard let lines = cache[path], number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1])
    }

    private static func split(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
    }
}
