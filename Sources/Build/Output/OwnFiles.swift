import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The names of the files pbxc keeps beside and inside an output folder while it
/// writes it, in one place: the build creates them, and the next build recognises
/// (and removes) the ones an interrupted build left.
enum OwnFiles {
    /// Staging folders inside the output (an in-place build).
    static let insideStagingPrefix = ".pbxc-tmp-"

    /// Staging folders beside the output: `.<name>.pbxc-tmp-<token>` while a first build
    /// is written, `.<name>.pbxc-old-<token>` while the previous one is swapped out.
    static func besideStagingPrefixes(of folder: URL) -> [String] {
        [".\(folder.lastPathComponent).pbxc-tmp-", ".\(folder.lastPathComponent).pbxc-old-"]
    }

    /// The lock file beside the output (beside, not inside: a first build replaces the folder).
    static func lock(of folder: URL) -> URL {
        folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).pbxc-lock")
    }

    /// A name no other build uses: the process id and a random number.
    static var token: String { "\(getpid())-\(UInt32.random(in: 0...UInt32.max))" }

    /// Removes the staging folders earlier builds of `folder` left when they were
    /// interrupted. Called while holding the output's lock, so none of them belongs to a
    /// running build; only folders this user owns and whose name pbxc gives are touched.
    static func removeLeftovers(of folder: URL) {
        let parent = folder.deletingLastPathComponent()
        let beside = besideStagingPrefixes(of: folder)
        removeOwnFolders(in: parent) { name in beside.contains { name.hasPrefix($0) } }
        removeOwnFolders(in: folder) { $0.hasPrefix(insideStagingPrefix) }
    }

    private static func removeOwnFolders(in parent: URL, named matches: (String) -> Bool) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where matches(name) {
            let path = parent.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == geteuid() else { continue }
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}
