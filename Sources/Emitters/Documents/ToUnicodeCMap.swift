/// The ToUnicode CMap of a document font (PDF 32000-1 §9.10.3): for each character
/// code the page uses, the Unicode text it stands for, so that text extraction, search
/// and copy give back what was printed. libharu's UTF-8 encoding writes each
/// character's Unicode value as its two-byte code, so every code maps to itself;
/// consecutive codes share one `bfrange` line.
enum ToUnicodeCMap {
    static let name = "Adobe-Identity-UCS"

    /// The CMap program for `codes` (Basic Multilingual Plane values, any order).
    static func text(_ codes: [UInt32]) -> String {
        var ranges: [(first: UInt32, last: UInt32)] = []
        for code in Set(codes.filter { $0 <= 0xFFFF }).sorted() {
            // A bfrange may only vary the last byte of its codes.
            if let last = ranges.last, code == last.last + 1, code & 0xFF != 0 {
                ranges[ranges.count - 1].last = code
            } else {
                ranges.append((code, code))
            }
        }
        func hex(_ value: UInt32) -> String {
            let digits = String(value, radix: 16, uppercase: true)
            return "<" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ">"
        }
        var lines = [
            "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            "/CMapName /\(name) def", "/CMapType 2 def",
            "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange",
        ]
        // At most 100 entries per block.
        for start in stride(from: 0, to: ranges.count, by: 100) {
            let block = ranges[start..<min(start + 100, ranges.count)]
            lines.append("\(block.count) beginbfrange")
            for range in block { lines.append("\(hex(range.first)) \(hex(range.last)) \(hex(range.first))") }
            lines.append("endbfrange")
        }
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return lines.joined(separator: "\n") + "\n"
    }
}
