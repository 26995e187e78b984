import Emitters
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
        /// The output folder may not be written (OutputFolder.claim): the whole message.
        case refused(String)
        /// Another build holds the output's lock.
        case busy(String)
        case io(String)

        public var description: String {
            switch self {
            case .unsafePath(let path): "refusing to write `\(path)`: it would leave the output folder"
            case .refused(let message): message
            case .busy(let path): "another pbxc build is writing \(path); wait for it to finish and try again"
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
        let claim = try OutputFolder.claim(folder, repositoryRoot: nil)
        defer { claim.release() }
        let staging = try Staging(claim.folder, inPlace: false)
        do {
            try staging.stage(files, privatePaths: privatePaths, jobs: jobs)
            try staging.commit(top: [])
        } catch {
            staging.discard()
            throw error
        }
    }

    /// A build being written: files go into a hidden staging folder as soon as each
    /// customer is emitted (so a build's memory does not grow with the repository),
    /// and only `commit` makes them visible. A first build stages beside the output
    /// folder and swaps the whole folder in one rename; a later build stages inside it
    /// and swaps customer by customer (`inPlace`). `discard` leaves the output as it was.
    public final class Staging: @unchecked Sendable {
        let folder: URL
        let inPlace: Bool
        let directory: URL
        /// Names this build's staging folders.
        private let token: String
        private let lock = NSLock()
        /// Customer ids staged, and whether each has a bundle.
        private var customers: [String: Bool] = [:]

        /// `folder` is a claimed one (`OutputFolder.claim`): it holds only what the
        /// previous build's manifest lists, and this build holds its lock.
        public init(_ folder: URL, inPlace: Bool) throws(Failure) {
            let fm = FileManager.default
            self.folder = folder.standardizedFileURL
            self.inPlace = inPlace
            token = OwnFiles.token
            let parent = self.folder.deletingLastPathComponent()
            directory = inPlace ? self.folder.appendingPathComponent(OwnFiles.insideStagingPrefix + token)
                : parent.appendingPathComponent(OwnFiles.besideStagingPrefixes(of: self.folder)[0] + token)
            do {
                try fm.createDirectory(at: parent, withIntermediateDirectories: true)
                try fm.createDirectory(at: directory, withIntermediateDirectories: false)
            } catch {
                throw .io("cannot write the build into \(parent.path): \(OutputTree.reason(error))")
            }
        }

        /// Writes `files` into the staging folder (from any thread).
        public func stage(_ files: [EmittedFile], privatePaths: Set<String>, jobs: Int = 1) throws(Failure) {
            for file in files where !isSafe(file.path) { throw .unsafePath(file.path) }
            do {
                // mkdir is atomic and EEXIST is fine: workers may stage into one folder at once.
                try OutputTree.writeFiles(files, into: directory.path, privatePaths: privatePaths, jobs: jobs)
            } catch {
                throw .io("cannot write the build into \(directory.deletingLastPathComponent().path): \(OutputTree.reason(error))")
            }
            lock.lock()
            for file in files {
                guard let id = BuildManifest.File.owner(of: file.path) else { continue }
                customers[id] = (customers[id] ?? false) || file.path == "\(id).zip"
            }
            lock.unlock()
        }

        /// Removes the staging folder; the output stays as it was.
        public func discard() {
            try? FileManager.default.removeItem(at: directory)
        }

        /// Writes `top` (index, manifest) and makes the staged build the output: a new
        /// folder in one rename, or — in place — each staged customer's folder and
        /// bundle swapped in, `removed` customers' deleted, and the top files renamed
        /// over the old ones, the manifest last. Only an I/O error during the swaps can
        /// leave some customers updated and the manifest old (the next build repairs it).
        public func commit(top: [EmittedFile], removed: [String] = []) throws(Failure) {
            for id in removed where !isSafe(id) { throw .unsafePath(id) }
            try stage(top, privatePaths: [])
            let fm = FileManager.default
            if !inPlace {
                let previous = folder.deletingLastPathComponent().appendingPathComponent(OwnFiles.besideStagingPrefixes(of: folder)[1] + token)
                let exists = fm.fileExists(atPath: folder.path)
                do {
                    if exists { try fm.moveItem(at: folder, to: previous) }
                    do {
                        try fm.moveItem(at: directory, to: folder)
                    } catch {
                        if exists { try? fm.moveItem(at: previous, to: folder) }
                        throw error
                    }
                    if exists { try? fm.removeItem(at: previous) }
                } catch {
                    discard()
                    throw .io("cannot move the build into \(folder.path): \(OutputTree.reason(error))")
                }
                return
            }
            do {
                for (id, hasBundle) in customers.sorted(by: { $0.key < $1.key }) {
                    for (name, has) in [(id, true), ("\(id).zip", hasBundle)] {
                        let target = folder.appendingPathComponent(name)
                        if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
                        if has { try fm.moveItem(at: directory.appendingPathComponent(name), to: target) }
                    }
                }
                for id in removed {
                    for name in [id, "\(id).zip"] where fm.fileExists(atPath: folder.appendingPathComponent(name).path) {
                        try fm.removeItem(at: folder.appendingPathComponent(name))
                    }
                }
                // rename(2) replaces a file atomically; the manifest goes last.
                for file in top.sorted(by: { ($0.path == ManifestEmitter.path ? 1 : 0) < ($1.path == ManifestEmitter.path ? 1 : 0) }) {
                    let from = directory.appendingPathComponent(file.path).path, to = folder.appendingPathComponent(file.path).path
                    guard rename(from, to) == 0 else { throw Failure.io("cannot replace \(to): \(String(cString: strerror(errno)))") }
                }
                discard()
            } catch {
                discard()
                throw .io("cannot update \(folder.path): \(OutputTree.reason(error))")
            }
        }
    }

    /// Creates each folder once, then writes the files on `jobs` threads with plain
    /// POSIX calls: no per-file temporary copy or sync, since the whole tree becomes
    /// visible in one rename.
    static func writeFiles(_ files: [EmittedFile], into base: String, privatePaths: Set<String>, jobs: Int) throws {
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

    static func reason(_ error: Error) -> String {
        if let failure = error as? Failure { return failure.description }
        return (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
