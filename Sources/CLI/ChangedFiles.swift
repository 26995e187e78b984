import Domain
import Foundation
import Parser

/// The customers a change touches, from git: files changed since a revision (committed,
/// staged or not) and new untracked files. A change to pbxc.yaml touches everyone.
enum ChangedFiles {
    /// Source paths (as in `RepositoryLayout`) of the changed customers; nil for all.
    static func customers(since revision: String, layout: RepositoryLayout, directory: URL) throws -> Set<String>? {
        let top: String
        do {
            top = try RevisionSource.git(["rev-parse", "--show-toplevel"], in: directory).trimmingCharacters(in: .whitespacesAndNewlines)
            try RevisionSource.git(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"], in: directory)
        } catch {
            throw UsageError(description: "--changed-since needs a git revision of the repository: \(error)")
        }
        let topURL = URL(fileURLWithPath: top).resolvingSymlinksInPath()
        let changed = try RevisionSource.git(["diff", "--name-only", revision], in: topURL)
            + (try RevisionSource.git(["ls-files", "--others", "--exclude-standard"], in: topURL))
        let root = layout.root.resolvingSymlinksInPath().path
        let prefix = root == topURL.path ? "" : String(root.dropFirst(topURL.path.count + 1)) + "/"
        let paths = changed.split(separator: "\n").map(String.init).filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        if paths.contains(RepositoryLayout.repositoryFileName) { return nil }
        let touched = Set(paths)
        return Set(layout.customers.filter { source in source.files.contains(where: touched.contains) }.map(\.path))
    }
}
