import CCrypt
import Foundation

/// SHA-512 crypt (`$6$salt$hash`, 5000 rounds): the hash nginx's `auth_basic_user_file`
/// checks through `crypt(3)`. Made by the system's own `crypt_r` (libxcrypt), the
/// function nginx calls, so the two cannot disagree. Tested against `openssl passwd -6`.
public enum SHA512Crypt {
    static let alphabet = Array("./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)

    /// A salt of 16 characters of the crypt alphabet from `bytes`.
    public static func salt(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.prefix(16).map { alphabet[Int($0) % 64] }, as: UTF8.self)
    }

    /// The hash of `password` with the first 16 characters of `salt` (crypt's limit),
    /// which must be of the crypt alphabet; nil when crypt(3) refuses the password (512
    /// bytes or more, or a NUL byte — secrets are refused before that when resolved).
    public static func hash(_ password: String, salt: String) -> String? {
        let setting = "$6$" + salt.prefix(16)
        // crypt_r's work area is some 32 KB: on the heap, one per call (hashing is rare).
        let data = UnsafeMutablePointer<crypt_data>.allocate(capacity: 1)
        defer { data.deallocate() }
        memset(data, 0, MemoryLayout<crypt_data>.size)
        // libxcrypt answers what it cannot hash with a string starting with `*`.
        guard !password.utf8.contains(0), let result = crypt_r(password, setting, data),
              result.pointee != UInt8(ascii: "*") else { return nil }
        return String(cString: result)
    }
}
