import Diagnostics
import Foundation

/// Warns (`secrets-folder-tracked`) when the secrets folder pbxc.yaml declares lies
/// inside the repository and git would commit it. Running `git check-ignore` would
/// cost a process per check and need git; instead two files are read, which covers
/// the two usual ways of ignoring a folder (docs/rules/secrets-folder-tracked.md):
/// a line naming the folder in the top-level `.gitignore`, or a `.gitignore` inside
/// the folder that ignores everything (`*`).
enum SecretsFolderCheck {
    static func report(_ secrets: RepositoryConfig.SecretSources, root: String, reader: ContainedFileReader,
                       sink: DiagnosticSink) {
        guard let folder = secrets.folder, let inside = relativeInside(folder.value, root: root) else { return }
        let top = lines(of: ".gitignore", reader)
        let names = [inside, inside + "/", "/" + inside, "/" + inside + "/"]
        if top.contains(where: names.contains) || lines(of: inside + "/.gitignore", reader).contains("*") { return }
        sink.report(.secretsFolderTracked, at: folder.location,
                    "the secrets folder `\(folder.value)` is inside the repository and not ignored by git",
                    help: "add the line `/\(inside)/` to .gitignore, or keep the folder outside the repository")
    }

    /// The folder relative to the root when it is inside the repository (as written; nil outside).
    private static func relativeInside(_ folder: String, root: String) -> String? {
        var path = folder
        if folder.hasPrefix("/") {
            let base = root.hasSuffix("/") ? root : root + "/"
            guard folder.hasPrefix(base) else { return nil }
            path = String(folder.dropFirst(base.count))
        }
        guard let parts = RepositoryConfig.SecretSources.normalized(path) else { return nil }
        return parts.isEmpty ? "." : parts.joined(separator: "/")  // "." is the whole repository
    }

    private static func lines(of path: String, _ reader: ContainedFileReader) -> [String] {
        guard let bytes = try? reader.read(path, maxBytes: 1 << 20) else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
