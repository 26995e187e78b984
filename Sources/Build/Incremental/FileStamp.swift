#if canImport(Glibc)
import Emitters
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What `stat` says of a source file: size, modification time (nanoseconds), inode and
/// change time. Equal stamps mean an unchanged file — the trust git's index and make
/// place in them — except for a file modified just before its stamp was taken, which
/// could change again within the clock's resolution (`BuildCache.trusts`).
public struct FileStamp: Codable, Equatable, Sendable {
    public var size: Int64
    public var modified: Int64
    public var changed: Int64
    public var inode: UInt64

    public static func read(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(info)
    }

    /// The stamp of what `stat` or `lstat` returned.
    init(_ info: stat) {
        self.init(size: Int64(info.st_size),
                  modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                  changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
                  inode: UInt64(info.st_ino))
    }

    public init(size: Int64, modified: Int64, changed: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    /// Now, in the stamps' unit.
    public static var now: Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
