import Foundation

/// The TrueType fonts pbxc prints its PDF documents with, from Debian's font packages:
/// DejaVu Sans (fonts-dejavu-core) for Latin, Greek and Cyrillic text, Droid Sans
/// Fallback (fonts-droid-fallback) for Chinese, Japanese and Korean. A character
/// neither has cannot be printed: the `document-text` rule refuses it at check time,
/// so a document never shows a silent "?".
public struct DocumentFonts: Sendable {
    public struct Face: Sendable {
        public var regular: String
        public var bold: String
        public var coverage: FontCoverage
    }

    /// In the order they are tried for a character.
    public var faces: [Face]

    static let dejaVu = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                         "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    /// One weight only: CJK text is printed in it for regular and bold alike.
    static let droid = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"

    /// The installed fonts; nil when a font file is missing (the packages to install
    /// are named in `missingMessage`).
    public static let installed: DocumentFonts? = {
        guard let latin = FontCoverage(path: dejaVu.0), FileManager.default.fileExists(atPath: dejaVu.1),
              let cjk = FontCoverage(path: droid) else { return nil }
        return DocumentFonts(faces: [Face(regular: dejaVu.0, bold: dejaVu.1, coverage: latin),
                                     Face(regular: droid, bold: droid, coverage: cjk)])
    }()

    public static let missingMessage =
        "the fonts documents are printed with are not installed: install Debian's fonts-dejavu-core and fonts-droid-fallback"

    /// The index of the first face that has `scalar`; nil when none has it.
    public func face(for scalar: Unicode.Scalar) -> Int? {
        faces.firstIndex { $0.coverage.contains(scalar) }
    }

    /// The characters of `text` no face has (once each, in order).
    public func unprintable(_ text: String) -> [Unicode.Scalar] {
        var seen = Set<Unicode.Scalar>(), result: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where !Self.layout(scalar) && face(for: scalar) == nil && seen.insert(scalar).inserted {
            result.append(scalar)
        }
        return result
    }

    /// Spaces and line breaks are layout, never drawn as glyphs.
    static func layout(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n"
    }
}

/// Which characters a TrueType font has a glyph for, read from its `cmap` table
/// (Unicode subtables: format 12 for the full range, else format 4 for the BMP).
public struct FontCoverage: Sendable {
    /// Sorted, non-overlapping ranges of code points that map to a glyph.
    private var ranges: [ClosedRange<UInt32>]

    public init?(path: String) {
        guard let data = FileManager.default.contents(atPath: path), let ranges = Self.read([UInt8](data)) else { return nil }
        self.ranges = ranges
    }

    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        var low = 0, high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if value < ranges[mid].lowerBound { high = mid - 1 } else if value > ranges[mid].upperBound { low = mid + 1 } else { return true }
        }
        return false
    }

    private static func read(_ b: [UInt8]) -> [ClosedRange<UInt32>]? {
        func u16(_ i: Int) -> Int? { i + 2 <= b.count ? Int(b[i]) << 8 | Int(b[i + 1]) : nil }
        func u32(_ i: Int) -> UInt32? {
            i + 4 <= b.count ? UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3]) : nil
        }
        guard let tables = u16(4) else { return nil }
        var cmap: Int?
        for t in 0..<tables where b.count >= 12 + 16 * t + 16 && Array(b[(12 + 16 * t)..<(16 + 16 * t)]) == Array("cmap".utf8) {
            cmap = u32(12 + 16 * t + 8).map(Int.init)
        }
        guard let cmap, let count = u16(cmap + 2) else { return nil }
        var format4: Int?, format12: Int?
        for e in 0..<count {
            let record = cmap + 4 + 8 * e
            guard let platform = u16(record), let encoding = u16(record + 2), let offset = u32(record + 4) else { return nil }
            let subtable = cmap + Int(offset)
            guard platform == 3 || platform == 0, let format = u16(subtable) else { continue }
            if format == 12, platform == 0 || encoding == 10 { format12 = subtable }
            if format == 4, platform == 0 || encoding == 1 { format4 = subtable }
        }
        var ranges: [ClosedRange<UInt32>] = []
        if let table = format12, let groups = u32(table + 12) {
            for g in 0..<Int(groups) {
                guard let start = u32(table + 16 + 12 * g), let end = u32(table + 20 + 12 * g), start <= end else { return nil }
                ranges.append(start...end)
            }
        } else if let table = format4, let segX2 = u16(table + 6) {
            let segments = segX2 / 2
            let ends = table + 14, starts = ends + segX2 + 2, deltas = starts + segX2, offsets = deltas + segX2
            for s in 0..<segments {
                guard let end = u16(ends + 2 * s), let start = u16(starts + 2 * s), let delta = u16(deltas + 2 * s),
                      let rangeOffset = u16(offsets + 2 * s), start <= end, end != 0xFFFF else { continue }
                for code in start...end {
                    var glyph: Int
                    if rangeOffset == 0 {
                        glyph = (code + delta) & 0xFFFF
                    } else {
                        guard let g = u16(offsets + 2 * s + rangeOffset + 2 * (code - start)) else { continue }
                        glyph = g == 0 ? 0 : (g + delta) & 0xFFFF
                    }
                    if glyph != 0 { ranges.append(UInt32(code)...UInt32(code)) }
                }
            }
        } else {
            return nil
        }
        return merged(ranges)
    }

    private static func merged(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var result: [ClosedRange<UInt32>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound + 1 {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
