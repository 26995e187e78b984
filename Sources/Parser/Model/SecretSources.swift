import Diagnostics

extension RepositoryConfig {
    /// `secrets:` in `pbxc.yaml`: where device and portal passwords may be read from at
    /// build time. Nothing is declared by default, so a customer file cannot make a build
    /// copy an arbitrary environment variable (a CI token) or file (`/etc/shadow`) into
    /// the device files it writes.
    public struct SecretSources: Sendable {
        /// Variables `{ env: VAR }` may name.
        public var environment: [LString] = []
        /// Every variable starting with this may be named (it ends with `_`).
        public var environmentPrefix: LString?
        /// `{ file: path }` must lie below this folder (relative to the repository root, or absolute).
        public var folder: LString?

        public init(environment: [LString] = [], environmentPrefix: LString? = nil, folder: LString? = nil) {
            self.environment = environment
            self.environmentPrefix = environmentPrefix
            self.folder = folder
        }

        /// Every generated password derives from it, so it is never a password source,
        /// declared or not.
        public static let masterKeyVariable = "PBXC_MASTER_KEY"

        /// Why `secret` may not be read, in words for a diagnostic (naming the variable or
        /// path, never a value); nil when it may.
        public func refusal(_ secret: Secret) -> String? {
            switch secret {
            case .literal, .generate:
                return nil
            case .environment(let name):
                if name == Self.masterKeyVariable {
                    return "`\(name)` is the key every generated password is derived from; it is never read as a password"
                }
                if environment.contains(where: { $0.value == name }) { return nil }
                if let prefix = environmentPrefix?.value, !prefix.isEmpty, name.hasPrefix(prefix) { return nil }
                return "environment variable `\(name)` is not declared under `secrets` in pbxc.yaml"
            case .file(let path):
                guard let folder = folder?.value else {
                    return "pbxc.yaml declares no `secrets: { folder: … }`, so no password is read from a file"
                }
                guard Self.isBelow(path, folder: folder) else {
                    return "`\(path)` is not inside the secrets folder `\(folder)` declared in pbxc.yaml"
                }
                return nil
            }
        }

        /// Whether `path` lies below `folder` as written (both relative to the repository
        /// root, or both absolute), with `.` and `..` taken into account. Links are checked
        /// when the file is read (ContainedFileReader).
        static func isBelow(_ path: String, folder: String) -> Bool {
            guard path.hasPrefix("/") == folder.hasPrefix("/"),
                  let file = normalized(path), let base = normalized(folder) else { return false }
            return file.count > base.count && Array(file.prefix(base.count)) == base
        }

        /// Components without `.` and empty ones, `..` applied; nil when `..` climbs above the start.
        static func normalized(_ path: String) -> [Substring]? {
            var parts: [Substring] = []
            for part in path.split(separator: "/") where part != "." {
                if part == ".." {
                    guard parts.popLast() != nil else { return nil }
                } else {
                    parts.append(part)
                }
            }
            return parts
        }
    }
}
