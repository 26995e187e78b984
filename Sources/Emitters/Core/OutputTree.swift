import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a build's files as one all-or-nothing step: into a hidden temporary folder
/// beside the output folder, then swapped into place. A failure at any point leaves
/// the previous output as it was. Paths are checked so that nothing can land outside
/// the output folder, whatever a customer id says.
public enum OutputTree {
    public enum Failure: Error, CustomStringConvertible {
        case unsafePath(String)
        case notAnOutputFolder(String)
        case io(String)

        public var description: String {
            switch self {
            case .unsafePath(let path): "refusing to write `\(path)`: it would leave the output folder"
            case .notAnOutputFolder(let path):
                "`\(path)` exists and is not the output of a pbxc build (no manifest.json); refusing to replace it — choose an empty or new folder"
            case .io(let message): message
            }
        }
    }

    /// A path is safe when it is relative, has no empty, `.` or `..` component, no NUL
    /// or backslash, and is not absurdly long.
    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), path.utf8.count <= 1024,
              !path.contains("\u{0}"), !path.contains("\\") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".." && $0.utf8.count <= 255
        }
    }

    /// Replaces `folder` with exactly `files`. `privatePaths` are written readable by
    /// the owner only (they carry secrets).
    public static func write(_ files: [EmittedFile], to folder: URL, privatePaths: Set<String> = [],
                             jobs: Int = 1) throws(Failure) {
        for file in files where !isSafe(file.path) { throw .unsafePath(file.path) }
        let fm = FileManager.default
        let folder = folder.standardizedFileURL
        let parent = folder.deletingLastPathComponent()
        let name = folder.lastPathComponent
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: folder.path, isDirectory: &isDirectory)
        if exists {
            let contents = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
            guard isDirectory.boolValue, contents.isEmpty || contents.contains(ManifestEmitter.path) else {
                throw .notAnOutputFolder(folder.path)
            }
        }
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let temporary = parent.appendingPathComponent(".\(name).pbxc-tmp-\(token)")
        let previous = parent.appendingPathComponent(".\(name).pbxc-old-\(token)")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try fm.createDirectory(at: temporary, withIntermediateDirectories: false)
            try writeFiles(files, into: temporary.path, privatePaths: privatePaths, jobs: jobs)
        } catch {
            try? fm.removeItem(at: temporary)
            throw .io("cannot write the build into \(parent.path): \(Self.reason(error))")
        }
        do {
            if exists { try fm.moveItem(at: folder, to: previous) }
            do {
                try fm.moveItem(at: temporary, to: folder)
            } catch {
                if exists { try? fm.moveItem(at: previous, to: folder) }
                throw error
            }
            if exists { try? fm.removeItem(at: previous) }
        } catch {
            try? fm.removeItem(at: temporary)
            throw .io("cannot move the build into \(folder.path): \(Self.reason(error))")
        }
    }

    /// Updates a previous build in place, customer by customer: each rebuilt customer's
    /// folder and bundle are written aside and swapped in; deleted customers' are
    /// removed; `top` (index, manifest — manifest last) is replaced file by file. The
    /// work before writing (check, compile, emit) cannot fail halfway, so a failed build
    /// still writes nothing; only an I/O error during the swaps can leave some customers
    /// updated and the manifest old (the next build repairs it).
    public static func update(_ folder: URL, customers: [(id: String, files: [EmittedFile])], removed: [String],
                              top: [EmittedFile], privatePaths: Set<String> = [], jobs: Int = 1) throws(Failure) {
        for file in customers.flatMap(\.files) + top where !isSafe(file.path) { throw .unsafePath(file.path) }
        for id in removed where !isSafe(id) { throw .unsafePath(id) }
        let fm = FileManager.default
        let folder = folder.standardizedFileURL
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = folder.appendingPathComponent(".pbxc-tmp-\(token)")
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
            try writeFiles(customers.flatMap(\.files) + top, into: staging.path, privatePaths: privatePaths, jobs: jobs)
            for (id, files) in customers {
                for name in [id, "\(id).zip"] {
                    let target = folder.appendingPathComponent(name), fresh = staging.appendingPathComponent(name)
                    let had = fm.fileExists(atPath: target.path)
                    let has = files.contains { $0.path == name || $0.path.hasPrefix(name + "/") }
                    if had { try fm.removeItem(at: target) }
                    if has { try fm.moveItem(at: fresh, to: target) }
                }
            }
            for id in removed {
                for name in [id, "\(id).zip"] where fm.fileExists(atPath: folder.appendingPathComponent(name).path) {
                    try fm.removeItem(at: folder.appendingPathComponent(name))
                }
            }
            // rename(2) replaces a file atomically; the manifest goes last.
            for file in top.sorted(by: { ($0.path == ManifestEmitter.path ? 1 : 0) < ($1.path == ManifestEmitter.path ? 1 : 0) }) {
                let from = staging.appendingPathComponent(file.path).path, to = folder.appendingPathComponent(file.path).path
                guard rename(from, to) == 0 else { throw Failure.io("cannot replace \(to): \(String(cString: strerror(errno)))") }
            }
            try? fm.removeItem(at: staging)
        } catch {
            try? fm.removeItem(at: staging)
            throw .io("cannot update \(folder.path): \(Self.reason(error))")
        }
    }

    /// Creates each folder once, then writes the files on `jobs` threads with plain
    /// POSIX calls: no per-file temporary copy or sync, since the whole tree becomes
    /// visible in one rename.
    private static func writeFiles(_ files: [EmittedFile], into base: String, privatePaths: Set<String>,
                                   jobs: Int) throws {
        var folders = Set<String>()
        for file in files {
            var folder = Substring(file.path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
            }
        }
        for folder in folders.sorted() where mkdir(base + "/" + folder, 0o755) != 0 && errno != EEXIST {
            throw Failure.io("cannot create \(base)/\(folder): \(String(cString: strerror(errno)))")
        }
        let failures = FailureBox()
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, files.count))) { worker in
            for index in stride(from: worker, to: files.count, by: max(1, min(jobs, files.count))) {
                let file = files[index]
                let path = base + "/" + file.path
                let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, privatePaths.contains(file.path) ? 0o600 : 0o644)
                guard fd >= 0 else { failures.set("cannot create \(path): \(String(cString: strerror(errno)))"); return }
                let ok = file.contents.withUnsafeBytes { buffer -> Bool in
                    var offset = 0
                    while offset < buffer.count {
                        let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                        if n < 0 { if errno == EINTR { continue }; return false }
                        offset += n
                    }
                    return true
                }
                let error = errno
                close(fd)
                if !ok { failures.set("cannot write \(path): \(String(cString: strerror(error)))") }
            }
        }
        if let message = failures.message { throw Failure.io(message) }
    }

    /// The first failure of parallel writers.
    private final class FailureBox: @unchecked Sendable {
        private let lock = NSLock()
        private var first: String?
        func set(_ message: String) { lock.lock(); if first == nil { first = message }; lock.unlock() }
        var message: String? { lock.lock(); defer { lock.unlock() }; return first }
    }

    private static func reason(_ error: Error) -> String {
        if let failure = error as? Failure { return failure.description }
        return (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
