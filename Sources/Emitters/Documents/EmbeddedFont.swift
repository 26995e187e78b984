import CHPDF

/// A subset font handed to libharu from memory, as a Type 0 font in its UTF-8
/// encoding (a character's code in the page is its Unicode value).
///
/// libharu 2.3 (Debian's) reads TrueType only from a file through its public API; its
/// `hpdf_doc.h`, `hpdf_fontdef.h` and `hpdf_streams.h`, installed with libhpdf-dev and
/// exported by the library, have the steps `HPDF_LoadTTFontFromFile` takes, which are
/// followed here on a stream that reads the subset's bytes: no temporary file per
/// document. (Its own memory stream is not used: seeking it relative to the current
/// position goes wrong, and libharu then fails on accented letters built from two
/// glyphs, such as "é" in some subsets.)
enum EmbeddedFont {
    struct LoadFailed: Error, CustomStringConvertible {
        let font: String
        var description: String { "libharu could not load the subset of \(font) for a document" }
    }

    /// The font, registered in `doc` under its PostScript name with `subset.tag`.
    static func load(_ subset: FontSubset, into doc: HPDF_Doc, name: String) throws -> HPDF_Font {
        guard let stream = ByteReader.stream(subset.bytes, mmgr: doc.pointee.mmgr) else { throw LoadFailed(font: name) }
        // The font definition takes the stream (it reads the glyphs from it when saving).
        guard let definition = HPDF_TTFontDef_Load(doc.pointee.mmgr, stream, HPDF_TRUE),
              HPDF_Doc_RegisterFontDef(doc, definition) == HPDF_OK else {
            HPDF_ResetError(doc)
            throw LoadFailed(font: name)
        }
        var tag = Array(subset.tag.utf8CString)
        tag.withUnsafeMutableBufferPointer { HPDF_TTFontDef_SetTagName(definition, $0.baseAddress) }
        let baseName = withUnsafeBytes(of: &definition.pointee.base_font) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
        guard let font = HPDF_GetFont(doc, baseName, "UTF-8") else {
            HPDF_ResetError(doc)
            throw LoadFailed(font: name)
        }
        return font
    }

    /// Replaces the ToUnicode map libharu 2.3 writes for its UTF-8 encoding (a copy of
    /// the encoding's CMap, whose `begincidrange` poppler rejects with a warning for
    /// every font) by a valid one for the characters `codes` of this document.
    static func setToUnicode(of font: HPDF_Font, codes: [UInt32]) {
        guard let raw = HPDF_Dict_GetItem(font, "ToUnicode", HPDF_UINT16(HPDF_OCLASS_DICT)) else { return }
        let map = raw.assumingMemoryBound(to: HPDF_Dict_Rec.self)
        guard let stream = map.pointee.stream else { return }
        HPDF_MemStream_FreeData(stream)
        _ = HPDF_Stream_WriteStr(stream, ToUnicodeCMap.text(codes))
        _ = HPDF_Dict_AddName(map, "CMapName", ToUnicodeCMap.name)
        if let info = HPDF_Dict_New(map.pointee.mmgr) {
            _ = HPDF_Dict_Add(info, "Registry", HPDF_String_New(map.pointee.mmgr, "Adobe", nil))
            _ = HPDF_Dict_Add(info, "Ordering", HPDF_String_New(map.pointee.mmgr, "UCS", nil))
            _ = HPDF_Dict_AddNumber(info, "Supplement", 0)
            _ = HPDF_Dict_Add(map, "CIDSystemInfo", info)
        }
    }
}

/// Bytes read through a libharu callback stream (`HPDF_CallbackReader_New`): read,
/// seek, tell and size as its file reader does them; the stream owns the bytes and
/// releases them when libharu frees it.
private final class ByteReader {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static func stream(_ bytes: [UInt8], mmgr: HPDF_MMgr) -> HPDF_Stream? {
        let box = Unmanaged.passRetained(ByteReader(bytes))
        guard let stream = HPDF_CallbackReader_New(mmgr, read, seek, tell, size, box.toOpaque()) else {
            box.release()
            return nil
        }
        stream.pointee.free_fn = { stream in
            guard let attr = stream?.pointee.attr else { return }
            Unmanaged<ByteReader>.fromOpaque(attr).release()
        }
        return stream
    }

    private static func reader(_ stream: HPDF_Stream?) -> ByteReader {
        Unmanaged<ByteReader>.fromOpaque(stream!.pointee.attr).takeUnretainedValue()
    }

    private static let read: HPDF_Stream_Read_Func = { stream, pointer, size in
        let reader = reader(stream)
        let wanted = Int(size!.pointee), available = reader.bytes.count - reader.position
        let count = min(wanted, max(0, available))
        reader.bytes.withUnsafeBufferPointer { source in
            if count > 0 { pointer!.update(from: source.baseAddress! + reader.position, count: count) }
        }
        reader.position += count
        size!.pointee = HPDF_UINT(count)
        return count < wanted ? HPDF_STATUS(HPDF_STREAM_EOF) : HPDF_STATUS(HPDF_OK)
    }

    private static let seek: HPDF_Stream_Seek_Func = { stream, offset, whence in
        let reader = reader(stream)
        let base = whence == HPDF_SEEK_CUR ? reader.position : whence == HPDF_SEEK_END ? reader.bytes.count : 0
        let target = base + Int(offset)
        guard target >= 0, target <= reader.bytes.count else { return HPDF_STATUS(HPDF_STREAM_EOF) }
        reader.position = target
        return HPDF_STATUS(HPDF_OK)
    }

    private static let tell: HPDF_Stream_Tell_Func = { stream in HPDF_INT32(reader(stream).position) }

    private static let size: HPDF_Stream_Size_Func = { stream in HPDF_UINT32(reader(stream).bytes.count) }
}
