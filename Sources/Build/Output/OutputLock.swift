import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on an output folder for the length of a build (flock on
/// `.<name>.pbxc-lock` beside it), so two builds never write one folder at once: the
/// second fails at once and says why. The file is removed when the lock is released.
final class OutputLock {
    private let path: String
    private var descriptor: Int32

    /// Takes the lock, or throws `.busy` when another build holds it.
    init(_ folder: URL) throws(OutputTree.Failure) {
        path = OwnFiles.lock(of: folder).path
        // A releasing build unlinks the file: a lock taken on an unlinked file is
        // worthless, so take it again until the file locked is the one at `path`.
        for _ in 0..<100 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
            guard fd >= 0 else {
                throw .io("cannot create the lock file \(path): \(String(cString: strerror(errno)))")
            }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                let error = errno
                close(fd)
                if error == EWOULDBLOCK { throw .busy(folder.path) }
                throw .io("cannot lock \(path): \(String(cString: strerror(error)))")
            }
            var held = stat(), named = stat()
            if fstat(fd, &held) == 0, stat(path, &named) == 0, held.st_dev == named.st_dev, held.st_ino == named.st_ino {
                descriptor = fd
                return
            }
            close(fd)
        }
        throw .busy(folder.path)
    }

    /// Unlinks the file, then unlocks it (in this order, so that no build locks a file
    /// that is about to disappear and believes it holds the lock).
    func release() {
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
