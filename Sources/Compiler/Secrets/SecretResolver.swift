import Crypto
import Domain
import Foundation
import Parser

/// Where `pbxc build` reads secrets from: the environment (for `{ env: VAR }` and
/// `PBXC_MASTER_KEY`) and files (for `{ file: path }`, relative to the repository root).
public struct SecretSource: Sendable {
    public var environment: [String: String]
    public var root: URL

    public init(environment: [String: String], root: URL) {
        self.environment = environment
        self.root = root
    }

    public static let masterKeyVariable = "PBXC_MASTER_KEY"

    public var masterKey: String? {
        environment[Self.masterKeyVariable].flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// Why a secret could not be had. Messages name the source, never a value.
public enum SecretProblem: Error, Equatable, CustomStringConvertible {
    case environmentUnset(String)
    case fileUnreadable(String, reason: String)
    case masterKeyMissing
    case controlCharacter

    public var description: String {
        switch self {
        case .environmentUnset(let name): "environment variable `\(name)` is not set (or empty)"
        case .fileUnreadable(let path, let reason): "cannot read the secret file `\(path)`: \(reason)"
        case .masterKeyMissing: "`generate` needs `\(SecretSource.masterKeyVariable)` in the environment"
        case .controlCharacter: "the value contains a line break or another control character"
        }
    }
}

/// Resolves secrets for one build.
public struct SecretResolver: Sendable {
    public let source: SecretSource

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
            guard let text = source.environment[name], !text.isEmpty else { return .failure(.environmentUnset(name)) }
            value = text
        case .file(let path):
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : source.root.appendingPathComponent(path)
            do {
                let text = try String(contentsOf: url, encoding: .utf8)
                value = String(text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                    .trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            } catch {
                return .failure(.fileUnreadable(path, reason: (error as NSError).localizedFailureReason
                    ?? "it does not exist or is not readable UTF-8 text"))
            }
        case .generate:
            guard let key = source.masterKey else { return .failure(.masterKeyMissing) }
            value = Self.generate(masterKey: key, scope: scope)
        }
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return .failure(.controlCharacter)
        }
        return .success(value)
    }

    /// 16 characters derived with HKDF-SHA-256 from the master key, salted with
    /// pbxc's label and bound to `scope` (customer, user, device, purpose): one
    /// upper-case letter, one lower-case letter, one digit and one special character
    /// first (seed 004 §6.6.1), then twelve from all of them. The special characters
    /// are ones no provisioning format treats specially (no quotes, `;`, `#`, `<`,
    /// `&`, `\\`, spaces).
    static func generate(masterKey: String, scope: String) -> String {
        let key = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: Data(masterKey.utf8)), salt: Data("pbxc-secret-v1".utf8),
            info: Data(scope.utf8), outputByteCount: 16)
        let bytes = key.withUnsafeBytes { Array($0) }
        let upper = Array("ABCDEFGHJKLMNPQRSTUVWXYZ"), lower = Array("abcdefghijkmnpqrstuvwxyz")
        let digits = Array("23456789"), special = Array("-_.!@%+=")
        let all = upper + lower + digits + special
        var password = [upper[Int(bytes[0]) % upper.count], lower[Int(bytes[1]) % lower.count],
                        digits[Int(bytes[2]) % digits.count], special[Int(bytes[3]) % special.count]]
        for byte in bytes[4..<16] { password.append(all[Int(byte) % all.count]) }
        return String(password)
    }
}
