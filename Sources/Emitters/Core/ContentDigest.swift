import Crypto
import Foundation

/// SHA-256 in lower-case hex: the digests of SHA256SUMS, of manifest.json and of the
/// build cache. One implementation, so every place that compares digests agrees.
public enum ContentDigest {
    public static func sha256<Bytes: DataProtocol>(_ data: Bytes) -> String {
        hex(SHA256.hash(data: data))
    }

    /// Made once: a full build writes a digest for every one of its files.
    public static let hexDigits = Array("0123456789abcdef".utf8)

    /// Lower-case hex of a digest (String(format:) costs more than the hashing).
    public static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
