import Crypto
import Diagnostics
import Domain
import Foundation
import Parser

/// Where `pbxc build` reads secrets from: the environment (for `{ env: VAR }` and
/// `PBXC_MASTER_KEY`) and files (for `{ file: path }`, relative to the repository root),
/// as far as the repository's `secrets` declaration allows.
public struct SecretSource: Sendable {
    public var environment: [String: String]
    public var root: URL
    /// What pbxc.yaml declares under `secrets`.
    public var declared: RepositoryConfig.SecretSources

    /// Without `declared`, the declaration is read from the repository's pbxc.yaml, so
    /// that every build enforces it, whoever builds the resolver.
    public init(environment: [String: String], root: URL, declared: RepositoryConfig.SecretSources? = nil) {
        self.environment = environment
        self.root = root
        self.declared = declared ?? Self.declaration(root: root)
    }

    public static let masterKeyVariable = RepositoryConfig.SecretSources.masterKeyVariable

    public var masterKey: String? {
        environment[Self.masterKeyVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Secret files are short (a password on the first line).
    static let maxFileBytes = 64 << 10

    /// pbxc.yaml's `secrets`, or nothing declared when there is no readable pbxc.yaml
    /// (its problems are the check's to report).
    private static func declaration(root: URL) -> RepositoryConfig.SecretSources {
        let loader = ConfigLoader(root: root, files: SourceFiles())
        guard (try? loader.readConfigFile(RepositoryLayout.repositoryFileName)) != nil else { return .init() }
        return loader.repositoryConfig(RepositoryLayout.repositoryFileName, sink: DiagnosticSink(files: loader.files)).secrets
    }

    /// The first line of `path`, read only inside the declared secrets folder.
    func fileValue(_ path: String) -> Result<String, SecretProblem> {
        guard let folder = declared.folder?.value else { return .failure(.notDeclared("no secrets folder is declared")) }
        let folderPath = folder.hasPrefix("/") ? folder : root.path + "/" + folder
        do {
            let bytes = try ContainedFileReader(folder: folderPath, name: "the secrets folder")
                .read(path.hasPrefix("/") ? path : root.path + "/" + path, maxBytes: Self.maxFileBytes)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return .failure(.fileUnreadable(path, reason: "it is not UTF-8 text"))
            }
            let line = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            return .success(String(line.hasSuffix("\r") ? line.dropLast() : line))
        } catch {
            return .failure(.fileUnreadable(path, reason: "\(error)"))
        }
    }
}

/// Why a secret could not be had. Messages name the source, never a value.
public enum SecretProblem: Error, Equatable, CustomStringConvertible {
    case environmentUnset(String)
    /// A source pbxc.yaml does not declare, or the master key (the words say which).
    case notDeclared(String)
    case fileUnreadable(String, reason: String)
    case masterKeyMissing
    case controlCharacter
    case tooLong(bytes: Int)

    public var description: String {
        switch self {
        case .environmentUnset(let name): "environment variable `\(name)` is not set (or empty)"
        case .notDeclared(let reason): "it may not be read: \(reason)"
        case .fileUnreadable(let path, let reason): "cannot read the secret file `\(path)`: \(reason)"
        case .masterKeyMissing: "`generate` needs `\(SecretSource.masterKeyVariable)` in the environment"
        case .controlCharacter: "the value contains a line break or another control character"
        case .tooLong(let bytes): "the value has \(bytes) bytes; phones and the provisioning server take at most \(SecretResolver.maxValueBytes)"
        }
    }
}

/// Resolves secrets for one build.
public struct SecretResolver: Sendable {
    public let source: SecretSource

    /// The longest password value: phones keep far shorter ones, and crypt(3), which
    /// hashes them for the provisioning server, refuses 512 bytes and more.
    public static let maxValueBytes = 256

    public init(source: SecretSource) {
        self.source = source
    }

    /// The value of `secret`; `scope` names what a generated secret is for (the same
    /// scope always gives the same password under the same master key).
    public func resolve(_ secret: Secret, scope: String) -> Result<String, SecretProblem> {
        let value: String
        switch secret {
        case .literal(let text):
            value = text
        case .environment(let name):
            if let refusal = source.declared.refusal(secret) { return .failure(.notDeclared(refusal)) }
            guard let text = source.environment[name], !text.isEmpty else { return .failure(.environmentUnset(name)) }
            value = text
        case .file(let path):
            if let refusal = source.declared.refusal(secret) { return .failure(.notDeclared(refusal)) }
            switch source.fileValue(path) {
            case .success(let text): value = text
            case .failure(let problem): return .failure(problem)
            }
        case .generate:
            guard let key = source.masterKey else { return .failure(.masterKeyMissing) }
            value = Self.generate(masterKey: key, scope: scope)
        }
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return .failure(.controlCharacter)
        }
        if value.utf8.count > Self.maxValueBytes { return .failure(.tooLong(bytes: value.utf8.count)) }
        return .success(value)
    }

    /// A voicemail PIN: 6 digits derived like a generated password (HKDF-SHA-256 of the
    /// master key, bound to `scope`); it needs `PBXC_MASTER_KEY`.
    public func pin(scope: String) -> Result<String, SecretProblem> {
        guard let key = source.masterKey else { return .failure(.masterKeyMissing) }
        let derived = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: Data(key.utf8)), salt: Data("pbxc-pin-v1".utf8),
            info: Data(scope.utf8), outputByteCount: 6)
        return .success(String(derived.withUnsafeBytes { Array($0) }.map { Character(String($0 % 10)) }))
    }

    /// 16 characters derived with HKDF-SHA-256 from the master key, salted with
    /// pbxc's label and bound to `scope` (customer, user, device, purpose): one
    /// upper-case letter, one lower-case letter, one digit and one special character
    /// first (seed 004 §6.6.1), then twelve from all of them. The special characters
    /// are ones no provisioning format treats specially (no quotes, `;`, `#`, `<`,
    /// `&`, `\\`, spaces).
    static func generate(masterKey: String, scope: String, length: Int = 16) -> String {
        let key = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: Data(masterKey.utf8)), salt: Data("pbxc-secret-v1".utf8),
            info: Data(scope.utf8), outputByteCount: max(length, 16))
        let bytes = key.withUnsafeBytes { Array($0) }
        let upper = Array("ABCDEFGHJKLMNPQRSTUVWXYZ"), lower = Array("abcdefghijkmnpqrstuvwxyz")
        let digits = Array("23456789"), special = Array("-_.!@%+=")
        let all = upper + lower + digits + special
        var password = [upper[Int(bytes[0]) % upper.count], lower[Int(bytes[1]) % lower.count],
                        digits[Int(bytes[2]) % digits.count], special[Int(bytes[3]) % special.count]]
        for byte in bytes[4...] { password.append(all[Int(byte) % all.count]) }
        return String(password)
    }

    /// A generated secret of `length` characters (at least 16) bound to `scope`: SIP
    /// secrets are 24 characters and never the device password.
    public func generate(scope: String, length: Int) -> Result<String, SecretProblem> {
        guard let key = source.masterKey else { return .failure(.masterKeyMissing) }
        return .success(Self.generate(masterKey: key, scope: scope, length: length))
    }

    /// Bytes derived from the master key for `scope` (salts of password hashes, so that
    /// two builds write the same bytes).
    public func derivedBytes(scope: String, count: Int) -> [UInt8]? {
        guard let key = source.masterKey else { return nil }
        let derived = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: Data(key.utf8)), salt: Data("pbxc-salt-v1".utf8),
            info: Data(scope.utf8), outputByteCount: count)
        return derived.withUnsafeBytes { Array($0) }
    }
}
