import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A build's hold on its output folder: where the build goes (a link followed to its
/// target), the lock, and what the previous build there wrote. pbxc deletes or
/// replaces only what that build's manifest lists; `OutputFolder.claim` refuses a
/// folder that holds anything else.
public final class OutputClaim: @unchecked Sendable {
    /// The folder written (a symbolic link's target: the link itself stays).
    public let folder: URL
    /// The manifest of the build found there; nil for an empty or missing folder.
    public let previous: BuildManifest?
    /// The previous manifest's bytes.
    public let previousData: Data?
    /// Stamps of the previous manifest's files, as found.
    public let stamps: [String: FileStamp]
    private let lock: OutputLock

    fileprivate init(folder: URL, previous: BuildManifest?, previousData: Data?, stamps: [String: FileStamp], lock: OutputLock) {
        self.folder = folder
        self.previous = previous
        self.previousData = previousData
        self.stamps = stamps
        self.lock = lock
    }

    /// Lets other builds write the folder.
    public func release() { lock.release() }
}

public enum OutputFolder {
    /// Checks that `output` may be written by a build of the repository at
    /// `repositoryRoot` (nil for `merge`), takes its lock, and removes what interrupted
    /// builds left. Refused: `/`, the repository or a folder holding it, a folder
    /// holding `.git`, a file, a link to nothing, and a folder holding anything but
    /// what the previous build's manifest lists.
    public static func claim(_ output: URL, repositoryRoot: URL?) throws(OutputTree.Failure) -> OutputClaim {
        let folder = try resolve(output)
        let shown = output.path
        if folder.path == "/" { throw .refused("refusing to build into `/`; choose a folder of its own for the build") }
        if let repositoryRoot {
            let root = realPath(repositoryRoot.standardizedFileURL.path) ?? repositoryRoot.standardizedFileURL.path
            if root == folder.path || root.hasPrefix(folder.path + "/") {
                throw .refused("refusing to build into `\(shown)`: it holds the repository being built (\(root)), "
                    + "which the build would replace; choose a folder of its own, e.g. `build/`")
            }
        }
        var info = stat()
        if lstat(folder.appendingPathComponent(".git").path, &info) == 0 {
            throw .refused("refusing to build into `\(shown)`: it holds a `.git` folder, which the build would replace; "
                + "choose a folder of its own")
        }
        do {
            try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create \(folder.deletingLastPathComponent().path): \(OutputTree.reason(error))")
        }
        let lock = try OutputLock(folder)
        do {
            OwnFiles.removeLeftovers(of: folder)
            let (previous, data) = try previousBuild(in: folder, shown: shown)
            let inventory = OutputInventory(folder, listed: previous?.files ?? [])
            guard inventory.foreign.isEmpty else {
                throw OutputTree.Failure.refused(foreignMessage(shown, previous: previous, foreign: inventory.foreign))
            }
            return OutputClaim(folder: folder, previous: previous, previousData: data, stamps: inventory.stamps, lock: lock)
        } catch {
            lock.release()
            throw error as! OutputTree.Failure
        }
    }

    /// The folder itself, or the target of a link to a folder; an absolute path with
    /// no link left in it, so that the checks above compare real places.
    static func resolve(_ output: URL) throws(OutputTree.Failure) -> URL {
        let path = output.standardizedFileURL.path
        var info = stat()
        guard lstat(path, &info) == 0 else {
            // Missing: its nearest existing folder resolved, the rest as given.
            var existing = output.standardizedFileURL.deletingLastPathComponent(), rest = [output.lastPathComponent]
            while realPath(existing.path) == nil, existing.path != "/" {
                rest.insert(existing.lastPathComponent, at: 0)
                existing = existing.deletingLastPathComponent()
            }
            return rest.reduce(URL(fileURLWithPath: realPath(existing.path) ?? existing.path)) { $0.appendingPathComponent($1) }
        }
        guard let real = realPath(path) else {
            throw .refused("`\(output.path)` is a link to something that does not exist; point it at a folder or remove it")
        }
        guard stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw .refused("`\(output.path)` is a file, not a folder; choose a folder for the build")
        }
        return URL(fileURLWithPath: real)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The previous build's manifest, when the folder has one that pbxc could have
    /// written: every path safe, every customer id a customer id. Nil for an empty folder.
    private static func previousBuild(in folder: URL, shown: String) throws(OutputTree.Failure) -> (BuildManifest?, Data?) {
        let manifestURL = folder.appendingPathComponent(ManifestEmitter.path)
        guard let data = FileManager.default.contents(atPath: manifestURL.path) else { return (nil, nil) }
        guard let manifest = try? JSONDecoder().decode(BuildManifest.self, from: data),
              manifest.files.allSatisfy({ OutputTree.isSafe($0.path) && $0.path != ManifestEmitter.path }),
              manifest.customers.allSatisfy({ isCustomerID($0.id) }) else {
            throw .refused("`\(shown)` is not the output of a pbxc build (its manifest.json is not one pbxc wrote); "
                + "refusing to replace it — choose an empty or new folder")
        }
        return (manifest, data)
    }

    static func isCustomerID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 45 }
    }

    private static func foreignMessage(_ shown: String, previous: BuildManifest?, foreign: [String]) -> String {
        let named = foreign.prefix(5).joined(separator: ", ") + (foreign.count > 5 ? " and \(foreign.count - 5) more" : "")
        return previous == nil
            ? "`\(shown)` is not the output of a pbxc build (no manifest.json) and holds \(named); "
                + "refusing to replace it — choose an empty or new folder"
            : "`\(shown)` is not the output of a pbxc build alone: it holds \(named), which no earlier build wrote; "
                + "refusing to replace it — move them away or choose an empty or new folder"
    }
}
