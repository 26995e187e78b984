import CLibYAML
import Foundation
import Diagnostics

/// Reads one YAML file with the system libyaml into a located node tree.
///
/// Problems are reported to the sink, not thrown: syntax errors (libyaml's message at
/// its position; the file's tree is then dropped, since libyaml cannot resume),
/// duplicate keys (the first value is kept), and the limits of `YAMLLimits`.
public struct YAMLReader {
    public var limits: YAMLLimits

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// The file's single document, or nil when the file is empty, unreadable as YAML,
    /// or beyond a limit (each reported but the first). Keep the document while
    /// using its nodes.
    public func read(_ bytes: [UInt8], file: FileID, sink: DiagnosticSink) -> YAMLDocument? {
        if bytes.count > limits.maxFileBytes {
            sink.report(.yamlLimits, at: .start(of: file),
                        "file is \(bytes.count) bytes; pbxc reads files up to \(limits.maxFileBytes) bytes",
                        help: "split the customer into a folder of smaller files")
            return nil
        }
        let nulOffset: Int? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let hit = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
        if let nul = nulOffset {
            let positions = LinePositions(bytes)
            sink.report(.yamlSyntax, at: positions.location(ofByte: nul, file: file),
                        "this is a binary file (it holds a NUL byte), not YAML text",
                        help: "customer files are UTF-8 text; check that the right file is in customers/")
            return nil
        }
        var builder = TreeBuilder(file: file, sink: sink, limits: limits, bytes: bytes)
        return builder.run()
    }
}

/// Byte offsets and line starts of a file, to turn libyaml's marks (which count
/// characters) into byte offsets, and byte offsets into line and column.
struct LinePositions {
    let isASCII: Bool
    private var lineStarts: [Int] = []
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        isASCII = Self.allASCII(bytes)
        if !isASCII { lineStarts = Self.lineStarts(bytes) }
    }

    /// Eight bytes at a time: this runs over every byte of every file.
    static func allASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var i = 0
            let count = raw.count
            while i + 8 <= count {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
            while i < count {
                if raw[i] >= 0x80 { return false }
                i += 1
            }
            return true
        }
    }

    private static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        return starts
    }

    /// Byte offset of a libyaml mark (0-based line, 0-based column in characters).
    func byteOffset(line: Int, column: Int, index: Int) -> Int {
        if isASCII { return index }
        guard line < lineStarts.count else { return bytes.count }
        var offset = lineStarts[line]
        var remaining = column
        while remaining > 0, offset < bytes.count {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset
    }

    func location(ofByte offset: Int, file: FileID) -> SourceLocation {
        let starts = isASCII ? Self.lineStarts(bytes) : lineStarts
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let column = String(decoding: bytes[starts[lo]..<offset], as: UTF8.self).unicodeScalars.count
        return SourceLocation(file: file, line: UInt32(lo + 1), column: UInt32(column + 1),
                              offset: UInt32(offset))
    }

    /// The character at a 0-based line and column, if any (for hints such as tabs).
    func character(line: Int, column: Int) -> Unicode.Scalar? {
        let starts = isASCII ? Self.lineStarts(bytes) : lineStarts
        guard line < starts.count else { return nil }
        let end = line + 1 < starts.count ? starts[line + 1] : bytes.count
        let text = String(decoding: bytes[starts[line]..<end], as: UTF8.self).unicodeScalars
        guard column < text.count else { return nil }
        return text[text.index(text.startIndex, offsetBy: column)]
    }
}
