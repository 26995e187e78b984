import Crypto
import Foundation

/// SHA-512 crypt (`$6$salt$hash`, Ulrich Drepper's "Unix crypt using SHA-256 and
/// SHA-512", 5000 rounds): the hash glibc/libxcrypt `crypt(3)` and `openssl passwd -6`
/// make, which nginx's `auth_basic_user_file` checks through `crypt(3)`. Tested
/// against `openssl passwd -6`.
public enum SHA512Crypt {
    static let alphabet = Array("./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)

    /// A salt of 16 characters of the crypt alphabet from `bytes`.
    public static func salt(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.prefix(16).map { alphabet[Int($0) % 64] }, as: UTF8.self)
    }

    public static func hash(_ password: String, salt saltText: String) -> String {
        let key = Array(password.utf8), salt = Array(saltText.utf8.prefix(16))
        func sha(_ parts: [UInt8]...) -> [UInt8] {
            var h = SHA512()
            for p in parts { h.update(data: p) }
            return Array(h.finalize())
        }
        func repeated(_ block: [UInt8], _ length: Int) -> [UInt8] {
            var out: [UInt8] = []
            while out.count + block.count <= length { out += block }
            return out + block.prefix(length - out.count)
        }
        let b = sha(key, salt, key)
        var a = SHA512()
        a.update(data: key); a.update(data: salt); a.update(data: repeated(b, key.count))
        var n = key.count
        while n > 0 { a.update(data: (n & 1) != 0 ? b : key); n >>= 1 }
        var digest = Array(a.finalize())
        var dp = SHA512()
        for _ in 0..<key.count { dp.update(data: key) }
        let p = repeated(Array(dp.finalize()), key.count)
        var ds = SHA512()
        for _ in 0..<(16 + Int(digest[0])) { ds.update(data: salt) }
        let s = repeated(Array(ds.finalize()), salt.count)
        for round in 0..<5000 {
            var c = SHA512()
            c.update(data: round & 1 != 0 ? p : digest)
            if round % 3 != 0 { c.update(data: s) }
            if round % 7 != 0 { c.update(data: p) }
            c.update(data: round & 1 != 0 ? digest : p)
            digest = Array(c.finalize())
        }
        var out: [UInt8] = []
        func b64(_ b2: UInt8, _ b1: UInt8, _ b0: UInt8, _ count: Int) {
            var w = (UInt32(b2) << 16) | (UInt32(b1) << 8) | UInt32(b0)
            for _ in 0..<count { out.append(alphabet[Int(w & 0x3f)]); w >>= 6 }
        }
        let order: [(Int, Int, Int)] = [(0, 21, 42), (22, 43, 1), (44, 2, 23), (3, 24, 45), (25, 46, 4), (47, 5, 26),
                                        (6, 27, 48), (28, 49, 7), (50, 8, 29), (9, 30, 51), (31, 52, 10), (53, 11, 32),
                                        (12, 33, 54), (34, 55, 13), (56, 14, 35), (15, 36, 57), (37, 58, 16), (59, 17, 38),
                                        (18, 39, 60), (40, 61, 19), (62, 20, 41)]
        for (x, y, z) in order { b64(digest[x], digest[y], digest[z], 4) }
        b64(0, 0, digest[63], 2)
        return "$6$\(saltText.prefix(16))$" + String(decoding: out, as: UTF8.self)
    }
}
