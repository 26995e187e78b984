import Foundation

/// A file a rule looked for, relative to the repository root, and whether it was there
/// as a file (not a folder).
public struct FileProbe: Sendable, Codable, Equatable {
    public var path: String
    public var isFile: Bool

    public init(path: String, isFile: Bool) {
        self.path = path
        self.isFile = isFile
    }

    /// Looks at `path` under the folder `root` now.
    public static func look(_ path: String, under root: String) -> FileProbe {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: root.hasSuffix("/") ? root + path : root + "/" + path,
                                                    isDirectory: &isFolder)
        return FileProbe(path: path, isFile: exists && !isFolder.boolValue)
    }
}
