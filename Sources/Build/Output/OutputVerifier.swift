import Crypto
import Emitters
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whether a customer's files in the output are still the ones the previous manifest
/// lists — asked only of customers a build would otherwise reuse, so a file edited or
/// deleted by hand is rewritten. A file is hashed only when its stamp differs from the
/// one the build cache recorded after writing it (or there is none); the paths found
/// changed are what the build reports.
public final class OutputVerifier: @unchecked Sendable {
    private let folder: String
    private let files: [String: [BuildManifest.File]]
    private let stamps: [String: FileStamp]
    private let lock = NSLock()
    private var verdicts: [String: Verdict] = [:]

    public struct Verdict: Sendable {
        /// Every file is there with the bytes the manifest lists.
        public var intact: Bool
        /// Some file had to be hashed (its recorded stamp no longer holds).
        public var hashed: Bool
        /// The files missing or changed.
        public var changed: [String]
    }

    /// `files`: the previous manifest's files by customer; `stamps`: as found in the output.
    public init(folder: URL, files: [String: [BuildManifest.File]], stamps: [String: FileStamp]) {
        self.folder = folder.path + "/"
        self.files = files
        self.stamps = stamps
    }

    /// Checks customer `id`'s files once (from any worker); `trusted` are the stamps
    /// recorded when they were written, for files whose stamp proves them unchanged.
    @discardableResult
    public func verify(_ id: String, trusted: [String: FileStamp] = [:]) -> Verdict {
        lock.lock()
        if let verdict = verdicts[id] { lock.unlock(); return verdict }
        lock.unlock()
        var verdict = Verdict(intact: true, hashed: false, changed: [])
        for file in files[id] ?? [] {
            guard let stamp = stamps[file.path] else {
                verdict.changed.append(file.path)
                continue
            }
            if let recorded = trusted[file.path], recorded == stamp { continue }
            verdict.hashed = true
            if stamp.size != Int64(file.size) || Self.sha256(folder + file.path) != file.sha256 { verdict.changed.append(file.path) }
        }
        verdict.intact = verdict.changed.isEmpty
        lock.lock()
        verdicts[id] = verdict
        lock.unlock()
        return verdict
    }

    /// The files found changed or missing, sorted.
    public var changed: [String] {
        lock.lock(); defer { lock.unlock() }
        return verdicts.values.flatMap(\.changed).sorted()
    }

    /// SHA-256 of a regular file (not through a link), streamed.
    static func sha256(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[..<n])) }
        }
        return ContentDigest.hex(hasher.finalize())
    }
}
