#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Reads files so that a repository cannot make pbxc read anything outside a folder
/// (the repository, or its secrets folder): a committed symbolic link to
/// `/proc/self/environ` or `/etc/shadow` would otherwise put the build machine's
/// environment or password hashes into diagnostics and outputs.
///
/// Every check happens before a byte is read, and the type checks before the file is
/// even opened (opening a named pipe blocks until a writer comes; opening a device can
/// have effects): the path is resolved (`realpath`) and must stay in the folder; the
/// resolved file must be a regular file no larger than `maxBytes` (`lstat`); it is
/// opened without following a link and without blocking, and the opened file must be
/// the same one, still regular and still small enough (`fstat`), which closes the
/// window between the look and the open. Links inside the folder are followed.
public struct ContainedFileReader: Sendable {
    /// Why a file was not read. Messages name no content of any file.
    public enum Refusal: Error, Equatable, CustomStringConvertible {
        /// The system's reason (no such file, permission denied, …).
        case unreadable(String)
        /// A link (or `..`) that leads out of the folder.
        case outside(folder: String)
        /// A named pipe, socket, device or folder.
        case notRegular(String)
        case tooLarge(bytes: Int, limit: Int)

        public var description: String {
            switch self {
            case .unreadable(let reason): reason
            case .outside(let folder): "it leads outside \(folder) (through a symbolic link or `..`); pbxc reads only files inside it"
            case .notRegular(let kind): "it is \(kind), not a regular file"
            case .tooLarge(let bytes, let limit): "file is \(bytes) bytes; pbxc reads files up to \(limit) bytes"
            }
        }
    }

    /// The folder as given, for joining relative paths.
    private let folder: String
    /// The folder with its links resolved and a trailing `/`; nil when it does not exist.
    private let resolvedFolder: String?
    /// How the folder is named in refusals ("the repository", "the secrets folder").
    private let folderName: String

    /// Resolves the folder once (a repository's thousands of files share it).
    public init(folder: String, name: String) {
        self.folder = folder
        self.resolvedFolder = Self.resolve(folder).map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.folderName = name
    }

    /// The whole file at `path` (relative to the folder, or absolute), at most `maxBytes`.
    public func read(_ path: String, maxBytes: Int) throws -> [UInt8] {
        let full = path.hasPrefix("/") ? path : folder.hasSuffix("/") ? folder + path : folder + "/" + path
        guard let resolvedFolder else { throw Refusal.unreadable("\(folderName) does not exist") }
        guard let resolved = Self.resolve(full) else { throw Refusal.unreadable(Self.systemReason(errno)) }
        guard resolved.hasPrefix(resolvedFolder) else { throw Refusal.outside(folder: folderName) }
        var seen = stat()
        guard lstat(resolved, &seen) == 0 else { throw Refusal.unreadable(Self.systemReason(errno)) }
        try Self.check(seen, maxBytes: maxBytes)
        let fd = open(resolved, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw Refusal.unreadable(Self.systemReason(errno)) }
        defer { close(fd) }
        var opened = stat()
        guard fstat(fd, &opened) == 0 else { throw Refusal.unreadable(Self.systemReason(errno)) }
        guard opened.st_dev == seen.st_dev, opened.st_ino == seen.st_ino else {
            throw Refusal.unreadable("the file was replaced while it was opened")
        }
        try Self.check(opened, maxBytes: maxBytes)
        return try Self.readAll(fd, size: Int(opened.st_size), maxBytes: maxBytes)
    }

    private static func check(_ info: stat, maxBytes: Int) throws {
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFIFO: throw Refusal.notRegular("a named pipe (FIFO)")
        case S_IFSOCK: throw Refusal.notRegular("a socket")
        case S_IFCHR, S_IFBLK: throw Refusal.notRegular("a device")
        case S_IFDIR: throw Refusal.notRegular("a folder")
        default: throw Refusal.notRegular("a special file")
        }
        if Int(info.st_size) > maxBytes { throw Refusal.tooLarge(bytes: Int(info.st_size), limit: maxBytes) }
    }

    /// At most `maxBytes`, straight into an array (no intermediate `Data` copy); a file
    /// that grows past the limit while being read is refused, not read on.
    private static func readAll(_ fd: Int32, size: Int, maxBytes: Int) throws -> [UInt8] {
        var capacity = min(max(size, 0), maxBytes) + 1
        while true {
            var failed: Int32 = 0
            var total = 0
            let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                while total < capacity {
                    let n = readBytes(fd, buffer.baseAddress! + total, capacity - total)
                    if n < 0, errno == EINTR { continue }
                    if n < 0 { failed = errno; break }
                    if n == 0 { break }
                    total += n
                }
                count = total
            }
            if failed != 0 { throw Refusal.unreadable(systemReason(failed)) }
            if total < capacity { return bytes }
            if total > maxBytes { throw Refusal.tooLarge(bytes: total, limit: maxBytes) }
            capacity = min(capacity * 2, maxBytes + 1)  // the file grew while being read: read it again
            guard lseek(fd, 0, SEEK_SET) == 0 else { throw Refusal.unreadable(systemReason(errno)) }
        }
    }

    /// `path` with every link, `.` and `..` resolved; nil (errno set) when it does not exist.
    static func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func systemReason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// The system's `read`, under a name the reader's own `read(_:)` does not hide.
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
