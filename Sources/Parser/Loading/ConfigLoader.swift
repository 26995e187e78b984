import Diagnostics
import Foundation

/// Reads files of a repository into the typed model, reporting every problem to the
/// sink: unreadable and empty files, YAML problems, schema problems, merge conflicts.
public struct ConfigLoader: Sendable {
    public let root: URL
    /// `root.path`, joined to relative paths by hand: URL.appendingPathComponent cost
    /// ~16,000 instructions a file.
    private let rootPath: String
    public let files: SourceFiles
    public var limits: YAMLLimits

    public init(root: URL, files: SourceFiles, limits: YAMLLimits = .default) {
        self.root = root
        self.rootPath = root.path
        self.files = files
        self.limits = limits
    }

    /// `pbxc.yaml`, or an empty configuration when the repository has none.
    public func repositoryConfig(_ path: String?, sink: DiagnosticSink) -> RepositoryConfig {
        guard let path, let (id, document) = readDocument(path, sink: sink), let root = document?.root else {
            return RepositoryConfig()
        }
        return withExtendedLifetime(document) { ConfigDecoder(sink: sink).repository(root, file: id) }
    }

    /// One customer from its file or folder, merged.
    public func customer(_ source: RepositoryLayout.CustomerSource, sink: DiagnosticSink) -> Customer {
        let parts = source.files.compactMap { path in
            readDocument(path, sink: sink).flatMap { decodeCustomerFile($0.1, file: $0.0, sink: sink) }
        }
        return merge(parts, name: source.path, sink: sink)
    }

    /// Parses text given in memory (standard input, rule examples) as a customer file.
    public func customer(text: String, path: String, sink: DiagnosticSink) -> Customer {
        let id = files.register(path: path)
        let bytes = Array(text.utf8)
        sink.suppressions += Suppression.scan(bytes, path: path)
        let before = sink.diagnostics.count
        let document = YAMLReader(limits: limits).read(bytes, file: id, sink: sink)
        if document == nil, sink.diagnostics.count > before { return Customer() }
        let parts = decodeCustomerFile(document, file: id, sink: sink).map { [$0] } ?? []
        return merge(parts, name: path, sink: sink)
    }

    /// A customer file's model; an empty file is reported and gives nil.
    private func decodeCustomerFile(_ document: YAMLDocument?, file: FileID, sink: DiagnosticSink) -> Customer? {
        guard let document, let node = document.root else {
            sink.report(StructureRuleID.missingKey, .error, at: .start(of: file),
                        "the file is empty; a customer file needs at least a `customer` section with an `id`")
            return nil
        }
        // `document` stays alive for the whole decoding (its nodes do not retain it).
        return withExtendedLifetime(document) { ConfigDecoder(sink: sink).customerFile(node, file: file) }
    }

    private func merge(_ parts: [Customer], name: String, sink: DiagnosticSink) -> Customer {
        let merged = CustomerMerger.merge(parts, sink: sink)
        if merged.info == nil, let first = merged.files.first {
            sink.report(StructureRuleID.missingKey, .error, at: .start(of: first),
                        "no `customer` section in \(name); a customer needs `customer: { id: … }`")
        }
        return merged
    }

    /// nil when the file could not be read or its YAML is broken (reported);
    /// the document nil when the file is empty.
    private func readDocument(_ path: String, sink: DiagnosticSink) -> (FileID, YAMLDocument?)? {
        let id = files.register(path: path)
        // A file outside the root (named on the command line) keeps its absolute path.
        let fullPath = path.hasPrefix("/") ? path : rootPath.hasSuffix("/") ? rootPath + path : rootPath + "/" + path
        let bytes: [UInt8]
        do {
            bytes = try Self.readFile(fullPath)
        } catch {
            sink.report(StructureRuleID.fileUnreadable, .error, at: .start(of: id),
                        "cannot read this file: \(Self.reason(error))",
                        help: "check that the file exists and that you may read it")
            return nil
        }
        sink.suppressions += Suppression.scan(bytes, path: path)
        let before = sink.diagnostics.count
        let document = YAMLReader(limits: limits).read(bytes, file: id, sink: sink)
        if document == nil, sink.diagnostics.count > before { return nil }
        return (id, document)
    }

    /// The whole file, read straight into an array (no intermediate `Data` copy).
    static func readFile(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw POSIXError(.EISDIR) }
        var bytes = [UInt8]()
        var capacity = max(Int(info.st_size), 0) + 1
        while true {
            var failed: Int32 = 0
            var total = 0
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                while total < capacity {
                    let n = read(fd, buffer.baseAddress! + total, capacity - total)
                    if n < 0, errno == EINTR { continue }
                    if n < 0 { failed = errno; break }
                    if n == 0 { break }
                    total += n
                }
                count = total
            }
            if failed != 0 { throw POSIXError(POSIXErrorCode(rawValue: failed) ?? .EIO) }
            if total < capacity { return bytes }
            capacity *= 2  // the file grew while being read: read on
            guard lseek(fd, 0, SEEK_SET) == 0 else { throw POSIXError(.EIO) }
        }
    }

    private static func reason(_ error: Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}
