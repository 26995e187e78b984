import CHPDF
import Foundation

/// A4 documents through libharu: headings, label/value fields, wrapped paragraphs,
/// tables and a signature block, flowing onto new pages as needed. Text uses the
/// standard Helvetica fonts in WinAnsi (CP1252) encoding, which holds every letter
/// of Dutch, French and German (é, ë, ü, ß, ç, …); anything else becomes `?`.
/// libharu writes no dates or ids of its own, so the bytes depend only on the content.
final class PDFWriter {
    private let doc: HPDF_Doc
    private var page: HPDF_Page!
    private let regular: HPDF_Font
    private let bold: HPDF_Font
    private var y: Float = 0

    static let width: Float = 595.276, height: Float = 841.89, margin: Float = 56

    init() {
        doc = HPDF_New(nil, nil)
        HPDF_SetCompressionMode(doc, UInt32(HPDF_COMP_ALL))
        regular = HPDF_GetFont(doc, "Helvetica", "WinAnsiEncoding")
        bold = HPDF_GetFont(doc, "Helvetica-Bold", "WinAnsiEncoding")
        newPage()
    }

    deinit {
        HPDF_Free(doc)
    }

    private func newPage() {
        page = HPDF_AddPage(doc)
        HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT)
        y = Self.height - Self.margin
    }

    /// Starts a new page when fewer than `points` remain.
    private func need(_ points: Float) {
        if y - points < Self.margin { newPage() }
    }

    /// The text as WinAnsi bytes, NUL-terminated.
    private func encoded(_ text: String) -> [CChar] {
        let bytes = text.data(using: .windowsCP1252, allowLossyConversion: true) ?? Data()
        return bytes.map { CChar(bitPattern: $0) } + [0]
    }

    private func width(_ text: String, font: HPDF_Font, size: Float) -> Float {
        HPDF_Page_SetFontAndSize(page, font, size)
        return encoded(text).withUnsafeBufferPointer { HPDF_Page_TextWidth(page, $0.baseAddress) }
    }

    private func draw(_ text: String, x: Float, font: HPDF_Font, size: Float) {
        HPDF_Page_BeginText(page)
        HPDF_Page_SetFontAndSize(page, font, size)
        _ = encoded(text).withUnsafeBufferPointer { HPDF_Page_TextOut(page, x, y, $0.baseAddress) }
        HPDF_Page_EndText(page)
    }

    /// Lines of `text` that fit in `width` points.
    private func wrap(_ text: String, width limit: Float, font: HPDF_Font, size: Float) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if width(candidate, font: font, size: size) <= limit || line.isEmpty {
                line = candidate
            } else {
                lines.append(line)
                line = word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.isEmpty ? [""] : lines
    }

    func title(_ text: String) {
        for line in wrap(text, width: Self.width - 2 * Self.margin, font: bold, size: 16) {
            need(22)
            y -= 18
            draw(line, x: Self.margin, font: bold, size: 16)
        }
        y -= 10
    }

    func section(_ text: String) {
        need(40)
        y -= 14
        draw(text, x: Self.margin, font: bold, size: 11.5)
        y -= 6
    }

    /// A label in the left column and its value, wrapped, in the right one.
    func field(_ label: String, _ value: String) {
        let left: Float = 165
        let lines = wrap(value, width: Self.width - 2 * Self.margin - left, font: regular, size: 10)
        need(Float(lines.count) * 13 + 2)
        for (i, line) in lines.enumerated() {
            y -= 13
            if i == 0 { draw(label, x: Self.margin, font: bold, size: 9) }
            draw(line, x: Self.margin + left, font: regular, size: 10)
        }
    }

    func paragraph(_ text: String, size: Float = 10) {
        for line in wrap(text, width: Self.width - 2 * Self.margin, font: regular, size: size) {
            need(size + 4)
            y -= size + 3
            draw(line, x: Self.margin, font: regular, size: size)
        }
        y -= 4
    }

    /// Columns of `widths` points; columns in `right` are right-aligned (amounts).
    func table(_ header: [String], _ rows: [[String]], widths: [Float], right: Set<Int> = []) {
        func row(_ cells: [String], font: HPDF_Font) {
            need(15)
            y -= 14
            var x = Self.margin
            for (i, cell) in cells.enumerated() {
                let w = widths[i]
                let shown = fit(cell, width: w - 6, font: font, size: 9.5)
                let dx = right.contains(i) ? w - 6 - width(shown, font: font, size: 9.5) : 0
                draw(shown, x: x + dx, font: font, size: 9.5)
                x += w
            }
        }
        row(header, font: bold)
        HPDF_Page_SetLineWidth(page, 0.5)
        HPDF_Page_MoveTo(page, Self.margin, y - 3)
        HPDF_Page_LineTo(page, Self.margin + widths.reduce(0, +), y - 3)
        HPDF_Page_Stroke(page)
        for cells in rows { row(cells, font: regular) }
        y -= 6
    }

    /// `text`, cut with "…" to fit a table cell.
    private func fit(_ text: String, width limit: Float, font: HPDF_Font, size: Float) -> String {
        guard width(text, font: font, size: size) > limit else { return text }
        var cut = text
        while !cut.isEmpty, width(cut + "...", font: font, size: size) > limit { cut.removeLast() }
        return cut + "..."
    }

    /// Boxes to fill in by hand: one line per label, with room to write.
    func signatureBlock(_ labels: [String]) {
        need(Float(labels.count) * 28 + 10)
        for label in labels {
            y -= 26
            draw(label, x: Self.margin, font: bold, size: 9)
            HPDF_Page_SetLineWidth(page, 0.5)
            HPDF_Page_MoveTo(page, Self.margin + 110, y - 2)
            HPDF_Page_LineTo(page, Self.width - Self.margin, y - 2)
            HPDF_Page_Stroke(page)
        }
        y -= 8
    }

    func data() -> Data {
        guard HPDF_SaveToStream(doc) == HPDF_OK else { return Data() }
        var size = HPDF_GetStreamSize(doc)
        var bytes = [UInt8](repeating: 0, count: Int(size))
        _ = bytes.withUnsafeMutableBufferPointer { HPDF_ReadFromStream(doc, $0.baseAddress, &size) }
        return Data(bytes.prefix(Int(size)))
    }
}
