import CHPDF
import Compiler
import Domain
import Foundation

/// A4 documents through libharu: headings, label/value fields, wrapped paragraphs,
/// tables and a signature block, flowing onto new pages as needed. Text is UTF-8 in
/// embedded TrueType fonts (`DocumentFonts`: DejaVu Sans, and Droid Sans Fallback for
/// Chinese, Japanese and Korean), switched per run of characters, so any name the
/// `document-text` rule lets through prints as written and `pdftotext` gives it back.
///
/// Text is laid out with the fonts' advance widths (HarfBuzz, the same numbers libharu
/// writes into the PDF) and kept until `data()`: only then is it known which
/// characters the document prints, and each font is embedded as a subset of just
/// those glyphs (`FontSubset`) instead of the whole file. libharu writes no dates or
/// ids of its own and the subset names come from their content, so the bytes depend
/// only on the content.
final class PDFWriter {
    /// Regular or bold.
    enum Style { case regular, bold }

    struct FontsMissing: Error, CustomStringConvertible {
        var description: String { DocumentFonts.missingMessage }
    }

    struct SaveFailed: Error, CustomStringConvertible {
        /// libharu's error code and detail (hpdf_error.h).
        let code: UInt, detail: UInt
        var description: String { "libharu could not write a PDF document (error 0x\(String(code, radix: 16)), detail \(detail))" }
    }

    /// Text placed on a page, drawn when the fonts are embedded.
    private struct PlacedText {
        var page: HPDF_Page
        var font: FontFile
        var size: Float
        var x: Float, y: Float
        var text: String
    }

    private let doc: HPDF_Doc
    private var page: HPDF_Page!
    private let fonts: DocumentFonts
    private var placed: [PlacedText] = []
    private var y: Float = 0
    private let regular = Style.regular, bold = Style.bold

    static let width: Float = 595.276, height: Float = 841.89, margin: Float = 56

    init() throws {
        guard let fonts = DocumentFonts.installed else { throw FontsMissing() }
        self.fonts = fonts
        doc = HPDF_New(nil, nil)
        HPDF_SetCompressionMode(doc, UInt32(HPDF_COMP_ALL))
        HPDF_UseUTFEncodings(doc)
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

    private func font(face: Int, style: Style) -> FontFile {
        style == .bold ? fonts.faces[face].bold : fonts.faces[face].regular
    }

    /// `text` cut into runs that one face prints (a character no face has — refused by
    /// `document-text` before a build — goes with the first face, as its missing glyph).
    private func runs(_ text: String, style: Style) -> [(font: FontFile, text: String)] {
        var result: [(font: FontFile, text: String)] = []
        var current = -1, run = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let face = scalar == " " ? max(current, 0) : fonts.face(for: scalar) ?? 0
            if face != current, !run.isEmpty {
                result.append((font(face: current, style: style), String(run)))
                run = String.UnicodeScalarView()
            }
            current = face
            run.append(scalar)
        }
        if !run.isEmpty { result.append((font(face: current, style: style), String(run))) }
        return result
    }

    /// The width of one run as libharu measures it: the sum of the glyphs' widths (in
    /// thousandths) times the size.
    private static func runWidth(_ run: (font: FontFile, text: String), size: Float) -> Float {
        var thousandths = 0
        for scalar in run.text.unicodeScalars { thousandths += run.font.width(of: scalar) }
        return Float(thousandths) * size / 1000
    }

    private func width(_ text: String, font style: Style, size: Float) -> Float {
        runs(text, style: style).reduce(0) { $0 + Self.runWidth($1, size: size) }
    }

    private func draw(_ text: String, x: Float, font style: Style, size: Float) {
        var x = x
        for run in runs(text, style: style) {
            placed.append(PlacedText(page: page, font: run.font, size: size, x: x, y: y, text: run.text))
            x += Self.runWidth(run, size: size)
        }
    }

    /// Lines of `text` that fit in `width` points.
    private func wrap(_ text: String, width limit: Float, font: Style, size: Float) -> [String] {
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

    /// The partner's letterhead at the top of the first page: the logo (PNG, at most
    /// 48 points high) on the left, name, address and registration on the right, a rule
    /// below. A logo libharu cannot read is left out (the loader checked the signature).
    func letterhead(_ partner: Letterhead, labels: (registration: String, vat: String)) {
        let top = y
        var logoBottom = top
        if let png = partner.logoPNG, !png.isEmpty {
            let image = png.withUnsafeBufferPointer { HPDF_LoadPngImageFromMem(doc, $0.baseAddress, HPDF_UINT(png.count)) }
            if let image {
                HPDF_ResetError(doc)
                let w = Float(HPDF_Image_GetWidth(image)), h = Float(HPDF_Image_GetHeight(image))
                if w > 0, h > 0 {
                    let scale = min(48 / h, 180 / w)
                    HPDF_Page_DrawImage(page, image, Self.margin, top - h * scale, w * scale, h * scale)
                    logoBottom = top - h * scale
                }
            } else {
                HPDF_ResetError(doc)
            }
        }
        var lines: [(String, Style, Float)] = [(partner.name, bold, 10)]
        for line in (partner.address ?? "").split(whereSeparator: \.isNewline) { lines.append((String(line), regular, 8.5)) }
        let contact = [partner.phone, partner.email].compactMap { $0 }.joined(separator: " · ")
        if !contact.isEmpty { lines.append((contact, regular, 8.5)) }
        let ids = [partner.registration.map { "\(labels.registration) \($0)" }, partner.vat.map { "\(labels.vat) \($0)" }]
            .compactMap { $0 }.joined(separator: " · ")
        if !ids.isEmpty { lines.append((ids, regular, 8.5)) }
        for (text, style, size) in lines {
            y -= size + 3
            draw(text, x: Self.width - Self.margin - width(text, font: style, size: size), font: style, size: size)
        }
        y = min(y, logoBottom) - 8
        HPDF_Page_SetLineWidth(page, 0.5)
        HPDF_Page_MoveTo(page, Self.margin, y)
        HPDF_Page_LineTo(page, Self.width - Self.margin, y)
        HPDF_Page_Stroke(page)
        y -= 14
    }

    /// Vertical room, in points.
    func space(_ points: Float) {
        y -= points
    }

    func section(_ text: String) {
        need(46)
        y -= 24
        draw(text, x: Self.margin, font: bold, size: 11.5)
        y -= 6
    }

    /// A label in the left column and its value in the right one, each wrapped to its
    /// column: a long label ("Tous les numéros chez l'opérateur actuel") takes two lines
    /// rather than running into its value.
    func field(_ label: String, _ value: String) {
        let left: Float = 180
        let labels = wrap(label, width: left - 8, font: bold, size: 9)
        let lines = wrap(value, width: Self.width - 2 * Self.margin - left, font: regular, size: 10)
        need(Float(max(labels.count, lines.count)) * 13 + 2)
        for i in 0..<max(labels.count, lines.count) {
            y -= 13
            if i < labels.count { draw(labels[i], x: Self.margin, font: bold, size: 9) }
            if i < lines.count { draw(lines[i], x: Self.margin + left, font: regular, size: 10) }
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

    /// Columns of `widths` points; columns in `right` are right-aligned (amounts). A
    /// cell wider than its column wraps onto more lines of its row ("FlexTelephony
    /// Standard" is printed whole: a customer signs for what it reads); only a single
    /// word wider than the column is cut.
    func table(_ header: [String], _ rows: [[String]], widths: [Float], right: Set<Int> = [], totals: [[String]] = []) {
        func row(_ cells: [String], font: Style) {
            let lines = cells.enumerated().map { i, cell in
                wrap(cell, width: widths[i] - 6, font: font, size: 9.5).map { fit($0, width: widths[i] - 6, font: font, size: 9.5) }
            }
            let height = lines.map(\.count).max() ?? 1
            need(Float(height) * 12 + 3)
            for n in 0..<height {
                y -= n == 0 ? 14 : 12
                var x = Self.margin
                for (i, cellLines) in lines.enumerated() {
                    let w = widths[i]
                    if n < cellLines.count {
                        let shown = cellLines[n]
                        let dx = right.contains(i) ? w - 6 - width(shown, font: font, size: 9.5) : 0
                        draw(shown, x: x + dx, font: font, size: 9.5)
                    }
                    x += w
                }
            }
        }
        row(header, font: bold)
        HPDF_Page_SetLineWidth(page, 0.5)
        HPDF_Page_MoveTo(page, Self.margin, y - 3)
        HPDF_Page_LineTo(page, Self.margin + widths.reduce(0, +), y - 3)
        HPDF_Page_Stroke(page)
        for cells in rows { row(cells, font: regular) }
        if !totals.isEmpty {
            HPDF_Page_SetLineWidth(page, 0.5)
            HPDF_Page_MoveTo(page, Self.margin, y - 3)
            HPDF_Page_LineTo(page, Self.margin + widths.reduce(0, +), y - 3)
            HPDF_Page_Stroke(page)
            for cells in totals { row(cells, font: bold) }
        }
        y -= 6
    }

    /// `text`, cut with "…" to fit a table cell.
    private func fit(_ text: String, width limit: Float, font: Style, size: Float) -> String {
        guard width(text, font: font, size: size) > limit else { return text }
        var cut = text
        while !cut.isEmpty, width(cut + "...", font: font, size: size) > limit { cut.removeLast() }
        return cut + "..."
    }

    /// Boxes to fill in by hand: one line per label, with room to write; a value known
    /// beforehand (the signatory's name) is printed on its line.
    func signatureBlock(_ labels: [String], filled: [String: String] = [:]) {
        need(Float(labels.count) * 28 + 10)
        for label in labels {
            y -= 26
            draw(label, x: Self.margin, font: bold, size: 9)
            if let value = filled[label] { draw(value, x: Self.margin + 114, font: regular, size: 10) }
            HPDF_Page_SetLineWidth(page, 0.5)
            HPDF_Page_MoveTo(page, Self.margin + 110, y - 2)
            HPDF_Page_LineTo(page, Self.width - Self.margin, y - 2)
            HPDF_Page_Stroke(page)
        }
        y -= 8
    }

    /// The PDF: each font the text uses embedded as the subset of its characters, then
    /// the text drawn in it.
    func data() throws -> Data {
        var characters: [String: (font: FontFile, codes: Set<UInt32>)] = [:]
        for text in placed {
            characters[text.font.path, default: (text.font, [])].codes.formUnion(text.text.unicodeScalars.map(\.value))
        }
        var embedded: [String: HPDF_Font] = [:]
        for (path, used) in characters.sorted(by: { $0.key < $1.key }) {
            let codes = used.codes.sorted()
            guard let subset = FontSubset(used.font, characters: codes) else { throw EmbeddedFont.LoadFailed(font: path) }
            let font = try EmbeddedFont.load(subset, into: doc, name: path)
            EmbeddedFont.setToUnicode(of: font, codes: codes)
            embedded[path] = font
        }
        for text in placed {
            let bytes = Array(text.text.utf8CString)
            HPDF_Page_BeginText(text.page)
            HPDF_Page_SetFontAndSize(text.page, embedded[text.font.path], text.size)
            _ = bytes.withUnsafeBufferPointer { HPDF_Page_TextOut(text.page, text.x, text.y, $0.baseAddress) }
            HPDF_Page_EndText(text.page)
        }
        guard HPDF_SaveToStream(doc) == HPDF_OK else {
            throw SaveFailed(code: UInt(HPDF_GetError(doc)), detail: UInt(HPDF_GetErrorDetail(doc)))
        }
        var size = HPDF_GetStreamSize(doc)
        var bytes = [UInt8](repeating: 0, count: Int(size))
        _ = bytes.withUnsafeMutableBufferPointer { HPDF_ReadFromStream(doc, $0.baseAddress, &size) }
        return Data(bytes.prefix(Int(size)))
    }
}
