import Foundation

/// A small handle for a source file, so that every located node stays a few plain
/// integers (no reference counting on the parser's hot path). `SourceFiles` maps it
/// back to the path.
public struct FileID: Hashable, Sendable, Comparable {
    public let raw: UInt32
    public init(raw: UInt32) { self.raw = raw }
    public static func < (a: FileID, b: FileID) -> Bool { a.raw < b.raw }
}

/// Where a value stands in a source file: 1-based line and column (columns count
/// Unicode scalars, as editors and SARIF's `unicodeCodePoints` do), the 0-based byte
/// offset of its first byte, and its width in columns when it sits on one line
/// (used to underline it).
public struct SourceLocation: Hashable, Sendable {
    public var file: FileID
    public var line: UInt32
    public var column: UInt32
    public var offset: UInt32
    public var length: UInt32

    public init(file: FileID, line: UInt32, column: UInt32, offset: UInt32, length: UInt32 = 1) {
        self.file = file
        self.line = line
        self.column = column
        self.offset = offset
        self.length = length
    }

    /// The start of a file, for findings about a whole file (empty, unreadable, too large).
    public static func start(of file: FileID) -> SourceLocation {
        SourceLocation(file: file, line: 1, column: 1, offset: 0, length: 1)
    }
}

/// The table of files read in one run: `FileID` → path relative to the repository
/// root (with `/` separators, as printed in diagnostics). Thread-safe, so that
/// customers can be read in parallel.
public final class SourceFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []
    /// Content digests of the files read, when the reader was asked to record them (a
    /// build's inputs are digested from the bytes read once, never read again).
    private var digests: [UInt32: String] = [:]

    public init() {}

    public func register(path: String) -> FileID {
        lock.lock(); defer { lock.unlock() }
        paths.append(path)
        return FileID(raw: UInt32(paths.count - 1))
    }

    public func path(_ id: FileID) -> String {
        lock.lock(); defer { lock.unlock() }
        return Int(id.raw) < paths.count ? paths[Int(id.raw)] : "<unknown>"
    }

    public var count: Int {
        lock.lock(); defer { lock.unlock() }
        return paths.count
    }

    public func record(digest: String, of id: FileID) {
        lock.lock(); defer { lock.unlock() }
        digests[id.raw] = digest
    }

    /// The digest recorded when the file was read; nil when it was not read or not digested.
    public func digest(_ id: FileID) -> String? {
        lock.lock(); defer { lock.unlock() }
        return digests[id.raw]
    }

    /// A printable location for a diagnostic.
    public func location(_ loc: SourceLocation) -> Diagnostic.Location {
        Diagnostic.Location(path: path(loc.file), line: Int(loc.line), column: Int(loc.column),
                            length: Int(loc.length))
    }
}
