import Foundation

/// One side of `pbxc diff`: a folder as it is, or a git revision of the repository,
/// read with git itself (`git archive`) into a temporary folder — no checkout.
struct RevisionSource {
    let root: URL
    private let temporary: URL?

    func remove() {
        if let temporary { try? FileManager.default.removeItem(at: temporary) }
    }

    /// `spec` is a folder (relative to `directory`) or a revision of the git
    /// repository `directory` is in; `repositoryRoot` is the pbxc repository there.
    static func resolve(_ spec: String, directory: URL, repositoryRoot: URL) throws -> RevisionSource {
        let folder = spec.hasPrefix("/") ? URL(fileURLWithPath: spec) : directory.appendingPathComponent(spec)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return RevisionSource(root: folder.standardizedFileURL, temporary: nil)
        }
        guard let top = try? git(["rev-parse", "--show-toplevel"], in: directory).trimmingCharacters(in: .whitespacesAndNewlines),
              !top.isEmpty else {
            throw UsageError(description: "`\(spec)` is not a folder, and \(directory.path) is not in a git repository")
        }
        guard (try? git(["rev-parse", "--verify", "--quiet", "\(spec)^{commit}"], in: directory)) != nil else {
            throw UsageError(description: "`\(spec)` is neither a folder nor a git revision of \(top)")
        }
        let topURL = URL(fileURLWithPath: top).resolvingSymlinksInPath()
        let rootPath = repositoryRoot.resolvingSymlinksInPath().path
        let relative = rootPath == topURL.path ? "" : String(rootPath.dropFirst(topURL.path.count + 1))
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("pbxc-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let archive = temporary.appendingPathComponent("revision.tar")
        do {
            try git(["archive", "--format=tar", "--output=\(archive.path)", spec] + (relative.isEmpty ? [] : ["--", relative]),
                    in: topURL)
            try run("/usr/bin/env", ["tar", "-xf", archive.path, "-C", temporary.path], in: temporary)
            try FileManager.default.removeItem(at: archive)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw UsageError(description: "cannot read revision `\(spec)`: \(error)")
        }
        let root = relative.isEmpty ? temporary : temporary.appendingPathComponent(relative)
        if !FileManager.default.fileExists(atPath: root.path) {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)  // the repository did not exist yet
        }
        return RevisionSource(root: root, temporary: temporary)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    @discardableResult
    static func git(_ arguments: [String], in directory: URL) throws -> String {
        try run("/usr/bin/env", ["git", "-C", directory.path] + arguments, in: directory)
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in directory: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: String(decoding: err, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return String(decoding: out, as: UTF8.self)
    }
}
