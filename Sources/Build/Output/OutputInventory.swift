import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What an output folder holds, against what the previous build's manifest lists:
/// the stamp of every listed file found, and everything else (`foreign`) — which a
/// build refuses to touch. Links are never followed: pbxc writes none, so any link is
/// foreign. pbxc's own staging folders and `manifest.json` are neither.
struct OutputInventory {
    /// Listed files found as regular files, by path relative to the folder.
    var stamps: [String: FileStamp] = [:]
    /// Paths of entries no manifest lists (a folder ends in `/`), sorted.
    var foreign: [String] = []

    /// Walks `folder` (one readdir per folder, one lstat per entry).
    init(_ folder: URL, listed: [BuildManifest.File]) {
        var folders = Set<String>()
        for file in listed {
            var path = Substring(file.path)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                guard folders.insert(String(path)).inserted else { break }
            }
        }
        let files = Set(listed.map(\.path))
        walk(folder.path, relative: "", files: files, folders: folders)
        foreign.sort()
    }

    private mutating func walk(_ base: String, relative: String, files: Set<String>, folders: Set<String>) {
        guard let directory = opendir(base + (relative.isEmpty ? "" : "/" + relative)) else {
            // A missing output folder holds nothing; one that cannot be read is not pbxc's to replace.
            if !(relative.isEmpty && errno == ENOENT) { foreign.append(relative.isEmpty ? "a folder pbxc cannot read" : relative + "/") }
            return
        }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            if relative.isEmpty, name == ManifestEmitter.path || name.hasPrefix(OwnFiles.insideStagingPrefix) { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(base + "/" + path, &info) == 0 else { continue }  // gone meanwhile
            switch info.st_mode & S_IFMT {
            case S_IFDIR where folders.contains(path):
                walk(base, relative: path, files: files, folders: folders)
            case S_IFREG where files.contains(path):
                stamps[path] = FileStamp(info)
            case S_IFDIR:
                foreign.append(path + "/")
            default:
                foreign.append(path)
            }
        }
    }
}
