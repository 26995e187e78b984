#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Where the repository is and which customers a command names.
///
/// The root is the nearest folder (from the first path upwards) holding `pbxc.yaml`;
/// without one, a named folder that has `customers/`, else the current folder.
/// With no path, the repository is found from the current folder upwards, as git finds
/// its own, so a command run in `customers/` or in a customer folder covers the whole
/// repository. A path may be the repository or its `customers/` folder (all
/// customers), a customer folder (every `*.yaml`/`*.yml` in it, merged), or a file: a
/// file of a customer folder stands for its whole customer (the other files define
/// what it refers to), any other file is a customer of its own.
public struct RepositoryLayout: Sendable {
    public struct CustomerSource: Sendable, Equatable {
        /// Path relative to the root, e.g. `customers/acme` or `customers/shop.yaml`.
        public var path: String
        /// Files relative to the root, sorted.
        public var files: [String]
    }

    public var root: URL
    /// `pbxc.yaml` relative to the root, when present.
    public var repositoryFile: String?
    public var customers: [CustomerSource]
    /// YAML files of the repository that no customer reads (`file-not-read`), when the
    /// whole repository is covered; see `StrayFiles`.
    public var strayFiles: [String] = []

    public init(root: URL, repositoryFile: String?, customers: [CustomerSource], strayFiles: [String] = []) {
        self.root = root
        self.repositoryFile = repositoryFile
        self.customers = customers
        self.strayFiles = strayFiles
    }

    public static let repositoryFileName = "pbxc.yaml"
    public static let customersFolder = "customers"

    public enum LayoutError: Error, CustomStringConvertible {
        case notFound(String)
        public var description: String {
            switch self {
            case .notFound(let path): return "no such file or folder: \(path)"
            }
        }
    }

    public static func discover(paths: [String], currentDirectory: URL) throws -> RepositoryLayout {
        let fm = FileManager.default
        // Joined explicitly: `URL(fileURLWithPath:relativeTo:)` drops the base's last
        // component when the base URL lacks a trailing slash.
        let targets = (paths.isEmpty ? ["."] : paths).map {
            ($0.hasPrefix("/") ? URL(fileURLWithPath: $0) : currentDirectory.appendingPathComponent($0))
                .standardizedFileURL
        }
        for target in targets where !fm.fileExists(atPath: target.path) {
            throw LayoutError.notFound(target.relativePath(from: currentDirectory))
        }
        let root = findRoot(from: targets[0], currentDirectory: currentDirectory)
        let hasRepoFile = fm.fileExists(atPath: root.appendingPathComponent(repositoryFileName).path)
        // No path inside a repository found upwards: the whole repository.
        let covered = paths.isEmpty && hasRepoFile ? [root] : targets
        var customers: [CustomerSource] = []
        var seen = Set<String>()
        for target in covered {
            for source in sources(for: target, root: root) where seen.insert(source.path).inserted {
                customers.append(source)
            }
        }
        let wholeRepository = covered.contains { isDirectory($0) && coversAllCustomers($0, root: root) }
        return RepositoryLayout(root: root, repositoryFile: hasRepoFile ? repositoryFileName : nil,
                                customers: customers,
                                strayFiles: wholeRepository ? StrayFiles.find(root: root.path) : [])
    }

    /// The customer a file at `path` (relative to the root) belongs to, whether or not
    /// the file exists yet (an editor's unsaved buffer): its customer folder with the file
    /// among its files, or the file alone.
    public func customer(containing path: String) -> CustomerSource {
        guard let folder = Self.customerFolder(of: path) else { return CustomerSource(path: path, files: [path]) }
        var source = Self.folderSource(root.path + "/" + folder, relative: folder)
            ?? CustomerSource(path: folder, files: [])
        if !source.files.contains(path) { source.files = (source.files + [path]).sorted() }
        return source
    }

    /// `customers/<folder>` for a YAML file directly inside a customer folder, else nil.
    static func customerFolder(of path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == customersFolder, isYAML(String(parts[2])) else { return nil }
        return parts[0] + "/" + parts[1]
    }

    /// The repository itself, or its `customers/` folder.
    private static func coversAllCustomers(_ target: URL, root: URL) -> Bool {
        isRepository(target) || target.path == root.appendingPathComponent(customersFolder).path
    }

    private static func isDirectory(_ url: URL) -> Bool { isDirectory(path: url.path) }

    private static func isRepository(_ url: URL) -> Bool {
        let fm = FileManager.default
        return fm.fileExists(atPath: url.appendingPathComponent(repositoryFileName).path)
            || isDirectory(url.appendingPathComponent(customersFolder))
    }

    /// The nearest folder holding `pbxc.yaml`, from `folder` upwards; nil when none does.
    public static func repositoryRoot(around folder: URL) -> URL? {
        var dir = folder.standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent(repositoryFileName).path) {
                return dir
            }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return nil }
            dir = parent
        }
    }

    private static func findRoot(from target: URL, currentDirectory: URL) -> URL {
        if let root = repositoryRoot(around: isDirectory(target) ? target : target.deletingLastPathComponent()) {
            return root
        }
        if isDirectory(target), isRepository(target) { return target }
        // Without a repository: the current folder when the target is inside it (paths
        // print as typed), else the target's own folder.
        let current = currentDirectory.standardizedFileURL
        if target.path == current.path || target.path.hasPrefix(current.path.hasSuffix("/") ? current.path : current.path + "/") {
            return current
        }
        return isDirectory(target) ? target : target.deletingLastPathComponent()
    }

    private static func sources(for target: URL, root: URL) -> [CustomerSource] {
        if !isDirectory(target) {
            if target.lastPathComponent == repositoryFileName { return [] }
            let path = target.relativePath(from: root)
            if let folder = customerFolder(of: path), let source = folderSource(root.path + "/" + folder, relative: folder) {
                return [source]
            }
            return [CustomerSource(path: path, files: [path])]
        }
        if coversAllCustomers(target, root: root) {
            // Plain string paths: thousands of customers, and URL operations are slow.
            let folder = isRepository(target) ? target.appendingPathComponent(customersFolder) : target
            let relative = folder.relativePath(from: root)
            return entries(of: folder.path).compactMap { entry in
                let path = relative + "/" + entry.name
                if entry.isFolder { return folderSource(folder.path + "/" + entry.name, relative: path) }
                return isYAML(entry.name) ? CustomerSource(path: path, files: [path]) : nil
            }
        }
        return folderSource(target.path, relative: target.relativePath(from: root)).map { [$0] } ?? []
    }

    static func folderSource(_ folder: String, relative: String) -> CustomerSource? {
        let files = entries(of: folder).filter { !$0.isFolder && isYAML($0.name) }
            .map { relative == "." ? $0.name : relative + "/" + $0.name }
        return files.isEmpty ? nil : CustomerSource(path: relative, files: files)
    }

    /// Visible entries of a folder, sorted by name (byte order, so the same everywhere),
    /// and whether each is a folder — from readdir's entry type where the file system
    /// gives it (no stat per entry: a partner repository has thousands).
    static func entries(of folder: String) -> [(name: String, isFolder: Bool)] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var result: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            guard !name.hasPrefix(".") else { continue }
            let type = entry.pointee.d_type
            let isFolder = type == UInt8(DT_DIR) || ((type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK)) && isDirectory(path: folder + "/" + name))
            result.append((name, isFolder))
        }
        return result.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    private static func isDirectory(path: String) -> Bool {
        var dir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &dir) && dir.boolValue
    }

    static func isYAML(_ name: String) -> Bool {
        name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.hasSuffix(".YAML") || name.hasSuffix(".YML")
    }
}

extension URL {
    /// This path relative to `base` with `/` separators (the path itself when outside).
    public func relativePath(from base: URL) -> String {
        let path = standardizedFileURL.path
        var basePath = base.standardizedFileURL.path
        if path == basePath { return "." }
        if !basePath.hasSuffix("/") { basePath += "/" }
        return path.hasPrefix(basePath) ? String(path.dropFirst(basePath.count)) : path
    }
}
