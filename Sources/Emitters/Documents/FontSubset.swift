import CHarfBuzz
import Crypto
import Domain

/// The part of a document font that one PDF prints: HarfBuzz's subsetter cuts the
/// font down to the glyphs of `characters` (a TrueType file of a few KB instead of
/// DejaVu's 760 KB), which libharu then embeds.
///
/// Dropped besides the unused glyphs: hinting (PDF viewers scale outlines without
/// it) and the OpenType layout and other tables neither libharu nor a PDF viewer reads
/// (libharu places glyphs one by one; text is never shaped).
struct FontSubset {
    /// The subset font, a TrueType file.
    let bytes: [UInt8]
    /// The six capital letters PDF puts before a subset font's name (`ABCDEF+DejaVuSans`),
    /// taken from the subset's own bytes: the same text gives the same name, different
    /// subsets get different names.
    let tag: String

    static let droppedTables = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "morx", "mort", "kerx",
                                "FFTM", "hdmx", "LTSH", "VDMX", "gasp", "PCLT", "vhea", "vmtx", "DSIG"]

    /// nil when HarfBuzz cannot subset the font (it cannot parse it).
    init?(_ file: FontFile, characters: [UInt32]) {
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let unicodes = hb_subset_input_unicode_set(input)
        for character in characters { hb_set_add(unicodes, character) }
        let drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for table in Self.droppedTables { hb_set_add(drop, hb_tag_from_string(table, 4)) }
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING.rawValue)
        guard let subset = hb_subset_or_fail(file.face, input) else { return nil }
        defer { hb_face_destroy(subset) }
        let blob = hb_face_reference_blob(subset)
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { return nil }
        bytes = Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
        let digest = Array(SHA256.hash(data: bytes))
        tag = String(String.UnicodeScalarView(digest.prefix(6).map { Unicode.Scalar(UInt8(ascii: "A") + $0 % 26) }))
    }
}
