import CHarfBuzz
import Foundation

/// The TrueType fonts pbxc prints its PDF documents with, from Debian's font packages:
/// DejaVu Sans (fonts-dejavu-core) for Latin, Greek and Cyrillic text, Droid Sans
/// Fallback (fonts-droid-fallback) for Chinese, Japanese and Korean. A character
/// neither has cannot be printed: the `document-text` rule refuses it at check time,
/// so a document never shows a silent "?".
///
/// Each font file is opened once per process (`installed`), through HarfBuzz: which
/// characters it has, their advance widths for laying text out, and the face a
/// document's subset is cut from (the emitters' `FontSubset`).
public struct DocumentFonts: Sendable {
    public struct Face: Sendable {
        public var regular: FontFile
        public var bold: FontFile
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
        guard let latin = FontFile(path: dejaVu.0), let latinBold = FontFile(path: dejaVu.1),
              let cjk = FontFile(path: droid) else { return nil }
        return DocumentFonts(faces: [Face(regular: latin, bold: latinBold), Face(regular: cjk, bold: cjk)])
    }()

    public static let missingMessage =
        "the fonts documents are printed with are not installed: install Debian's fonts-dejavu-core and fonts-droid-fallback"

    /// The index of the first face that has `scalar`; nil when none has it.
    public func face(for scalar: Unicode.Scalar) -> Int? {
        faces.firstIndex { $0.regular.contains(scalar) }
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

/// One TrueType file, opened with HarfBuzz: the characters it maps to a glyph (its
/// `cmap`, as HarfBuzz reads it), their advance widths, and the face to subset.
///
/// Immutable once made; HarfBuzz faces and immutable fonts may be read from any
/// thread, so one `FontFile` serves every document of a build.
public final class FontFile: @unchecked Sendable {
    public let path: String
    /// The HarfBuzz face (`hb_face_t`), for `hb_subset_or_fail`.
    public let face: OpaquePointer
    private let font: OpaquePointer
    private let unitsPerEm: UInt32
    /// Sorted, non-overlapping ranges of code points that map to a glyph. Only the
    /// Basic Multilingual Plane: libharu's UTF-8 encoding writes 16-bit codes, so a
    /// character beyond it (DejaVu has a few hundred: Old Italic, some emoji) could
    /// not be printed as itself, and `document-text` refuses it.
    private let ranges: [ClosedRange<UInt32>]

    init?(path: String) {
        guard let blob = hb_blob_create_from_file_or_fail(path) else { return nil }
        defer { hb_blob_destroy(blob) }
        guard hb_face_count(blob) > 0, let face = hb_face_create(blob, 0) else { return nil }
        hb_face_make_immutable(face)
        let set = hb_set_create()
        defer { hb_set_destroy(set) }
        hb_face_collect_unicodes(face, set)
        var ranges: [ClosedRange<UInt32>] = []
        var first = hb_codepoint_t.max, last = hb_codepoint_t.max  // HB_SET_VALUE_INVALID: start before the first
        while hb_set_next_range(set, &first, &last) != 0, first <= 0xFFFF {
            ranges.append(first...min(last, 0xFFFF))
        }
        let upem = hb_face_get_upem(face)
        guard !ranges.isEmpty, upem > 0, let font = hb_font_create(face) else {
            hb_face_destroy(face)
            return nil
        }
        hb_font_make_immutable(font)
        self.path = path
        self.face = face
        self.font = font
        self.unitsPerEm = upem
        self.ranges = ranges
    }

    deinit {
        hb_font_destroy(font)
        hb_face_destroy(face)
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

    /// The advance width of `scalar` in thousandths of the font size, truncated as
    /// libharu truncates the widths it writes into the PDF (the `.notdef` glyph's
    /// for a character the font lacks).
    public func width(of scalar: Unicode.Scalar) -> Int {
        var glyph: hb_codepoint_t = 0
        _ = hb_font_get_nominal_glyph(font, scalar.value, &glyph)
        let advance = hb_font_get_glyph_h_advance(font, glyph)
        return Int(advance) * 1000 / Int(unitsPerEm)
    }
}
