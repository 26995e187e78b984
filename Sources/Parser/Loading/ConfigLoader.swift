import Diagnostics
import Foundation

/// Reads files of a repository into the typed model, reporting every problem to the
/// sink: unreadable and empty files, YAML problems, schema problems, merge conflicts.
public struct ConfigLoader: Sendable {
    public let root: URL
    /// `root.path`, joined to relative paths by hand: URL.appendingPathComponent cost
    /// ~16,000 instructions a file.
    private let rootPath: String
    /// Reads the repository's files without leaving it (ContainedFileReader).
    private let repositoryReader: ContainedFileReader
    public let files: SourceFiles
    public var limits: YAMLLimits
    /// When set, each file's bytes are digested as they are read and the digest kept in
    /// `files`: a build hashes its inputs without reading them a second time.
    public var contentDigest: (@Sendable ([UInt8]) -> String)?

    public init(root: URL, files: SourceFiles, limits: YAMLLimits = .default) {
        self.root = root
        self.rootPath = root.path
        self.repositoryReader = ContainedFileReader(folder: root.path, name: "the repository")
        self.files = files
        self.limits = limits
    }

    /// `pbxc.yaml`, or an empty configuration when the repository has none.
    public func repositoryConfig(_ path: String?, sink: DiagnosticSink) -> RepositoryConfig {
        guard let path, let (id, document) = readDocument(path, sink: sink), let root = document?.root else {
            return RepositoryConfig()
        }
        var config = withExtendedLifetime(document) { ConfigDecoder(sink: sink).repository(root, file: id) }
        if let logo = config.partner?.logo {
            config.partner?.logoPNG = readLogo(logo, sink: sink)
            if let bytes = config.partner?.logoPNG, let contentDigest { config.partner?.logoDigest = contentDigest(bytes) }
        }
        SecretsFolderCheck.report(config.secrets, root: rootPath, reader: repositoryReader, sink: sink)
        return config
    }

    /// One customer from its file or folder, merged. `buffer` (an editor's text on
    /// standard input) stands in for the file at its path, which need not exist yet.
    public func customer(_ source: RepositoryLayout.CustomerSource, buffer: (path: String, text: String)? = nil,
                         sink: DiagnosticSink) -> Customer {
        var unread = false
        let parts = source.files.compactMap { path -> Customer? in
            let text = path == buffer?.path ? buffer.map { Array($0.text.utf8) } : nil
            guard let (id, document) = readDocument(path, bytes: text, sink: sink) else {
                unread = true
                return nil
            }
            return decodeCustomerFile(document, file: id, sink: sink)
        }
        // A file that could not be read may hold the `customer` section: its error says enough.
        return merge(parts, name: source.path, sink: sink, expectingInfo: !unread)
    }

    /// Warns about YAML files of the repository that no customer reads (`file-not-read`).
    public func reportStrayFiles(_ paths: [String], sink: DiagnosticSink) {
        StrayFiles.report(paths, files: files, sink: sink)
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
            sink.report(.missingKey, at: .start(of: file),
                        "the file is empty; a customer file needs at least a `customer` section with an `id`")
            return nil
        }
        // `document` stays alive for the whole decoding (its nodes do not retain it).
        return withExtendedLifetime(document) { ConfigDecoder(sink: sink).customerFile(node, file: file) }
    }

    private func merge(_ parts: [Customer], name: String, sink: DiagnosticSink, expectingInfo: Bool = true) -> Customer {
        let merged = CustomerMerger.merge(parts, sink: sink)
        if expectingInfo, merged.info == nil, let first = merged.files.first {
            sink.report(.missingKey, at: .start(of: first),
                        "no `customer` section in \(name); a customer needs `customer: { id: … }`")
        }
        return merged
    }

    /// nil when the file could not be read or its YAML is broken (reported);
    /// the document nil when the file is empty.
    /// `bytes` given: the file's text from memory, not from disk.
    private func readDocument(_ path: String, bytes given: [UInt8]? = nil, sink: DiagnosticSink) -> (FileID, YAMLDocument?)? {
        let id = files.register(path: path)
        let bytes: [UInt8]
        do {
            bytes = try given ?? readConfigFile(path)
        } catch let refusal as ContainedFileReader.Refusal {
            Self.report(refusal, file: id, sink: sink)
            return nil
        } catch {
            sink.report(.fileUnreadable, at: .start(of: id), "cannot read this file: \(error)")
            return nil
        }
        if let contentDigest { files.record(digest: contentDigest(bytes), of: id) }
        sink.suppressions += Suppression.scan(bytes, path: path)
        let before = sink.diagnostics.count
        let document = YAMLReader(limits: limits).read(bytes, file: id, sink: sink)
        if document == nil, sink.diagnostics.count > before { return nil }
        return (id, document)
    }

    /// A config file's bytes, by its path as diagnostics name it, read the way the
    /// loader reads it (the renderers' source lines use this too, so that they show
    /// nothing the loader would refuse).
    public func readConfigFile(_ path: String) throws -> [UInt8] {
        try reader(for: path).read(path, maxBytes: limits.maxFileBytes)
    }

    /// The partner's logo: a PNG inside the repository, read under the same rules as
    /// every configuration file (no link out of it, regular files only), at most 1 MB.
    private func readLogo(_ logo: LString, sink: DiagnosticSink) -> [UInt8]? {
        let bytes: [UInt8]
        do {
            bytes = try repositoryReader.read(logo.value, maxBytes: 1 << 20)
        } catch {
            sink.report(.fileUnreadable, at: logo.location,
                        "cannot read the logo `\(logo.value)`: \(error)",
                        help: "`logo` is a PNG file inside the repository, its path relative to the repository root")
            return nil
        }
        guard bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else {
            sink.report(.wrongType, at: logo.location, "the logo `\(logo.value)` is not a PNG file",
                        help: "save the logo as PNG; documents embed PNG only")
            return nil
        }
        return bytes
    }

    /// Files of the repository stay inside it; a file outside the root (named on the
    /// command line, so it keeps its absolute path) stays inside the folder it was named in.
    private func reader(for path: String) -> ContainedFileReader {
        if path.hasPrefix("/") {
            let folder = (path as NSString).deletingLastPathComponent
            return ContainedFileReader(folder: folder, name: "the folder `\(folder)`")
        }
        return repositoryReader
    }

    /// A file refused before it was read: at the start of the file, never with its content.
    static func report(_ refusal: ContainedFileReader.Refusal, file: FileID, sink: DiagnosticSink) {
        switch refusal {
        case .tooLarge:
            sink.report(.yamlLimits, at: .start(of: file), refusal.description,
                        help: "split the customer into a folder of smaller files")
        case .outside, .notRegular:
            sink.report(.fileUnreadable, at: .start(of: file), "pbxc does not read this file: \(refusal)",
                        help: "configuration files are regular files inside the repository: replace the link or special file by the file itself")
        case .unreadable:
            sink.report(.fileUnreadable, at: .start(of: file), "cannot read this file: \(refusal)",
                        help: "check that the file exists and that you may read it")
        }
    }
}
