import Diagnostics
import Foundation
import Parser

extension FileSourceLines {
    /// Source lines for the diagnostics of a run over the repository at `root`: texts
    /// checked from memory by their path, and config files read as the loader reads
    /// them — so a snippet never shows a file the loader refused (a link out of the
    /// repository, a named pipe, an oversized file) or one it never read.
    static func config(root: URL, texts: [String: String] = [:], secrets: [SecretSpan]) -> FileSourceLines {
        let loader = ConfigLoader(root: root, files: SourceFiles())
        return FileSourceLines(texts: texts, secrets: secrets) { try? loader.readConfigFile($0) }
    }
}
