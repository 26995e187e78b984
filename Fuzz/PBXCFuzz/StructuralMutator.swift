// Structure-aware mutations of a YAML customer file for the `build` fuzz target.
// Byte mutations almost always break YAML or the schema, so the compiler and the
// emitters would rarely run; these mutations work on lines and blocks instead:
// a value is replaced by one seen under the same key (or another key, or a hostile
// value), a block (a line and the lines indented under it) is deleted or duplicated,
// two values are swapped, or a value's bytes are mutated by libFuzzer.

/// Deterministic from libFuzzer's seed, so a run can be replayed.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
    }
}

/// One line of YAML, split where a mutation needs it: `  - key: value`.
struct YAMLLine {
    var start: Int           // spaces before the first character (the dash of a list item)
    var isItem: Bool         // starts with "- "
    var head: String         // everything up to and including "key: " (or the whole line)
    var key: String?
    var value: String?

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
        start = i
        isItem = i + 1 < bytes.count && bytes[i] == UInt8(ascii: "-") && bytes[i + 1] == UInt8(ascii: " ")
        if isItem { i += 2 }
        let keyStart = i
        while i < bytes.count, YAMLLine.isKeyByte(bytes[i]) { i += 1 }
        if i > keyStart, i < bytes.count, bytes[i] == UInt8(ascii: ":"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: " ") {
            key = String(decoding: bytes[keyStart..<i], as: UTF8.self)
            head = String(decoding: bytes[..<(i + 2)], as: UTF8.self)
            let rest = String(decoding: bytes[(i + 2)...], as: UTF8.self)
            value = rest.isEmpty ? nil : rest
        } else {
            head = text
        }
    }

    var text: String { head + (value ?? "") }
    var isBlank: Bool { head.allSatisfy { $0 == " " } && value == nil }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }
}

final class StructuralMutator {
    nonisolated(unsafe) static let shared = StructuralMutator()

    /// Values seen under each key in the inputs mutated so far: the seeds teach it the
    /// language's real values (extensions, numbers, times, MACs, ids).
    private var seen: [String: [String]] = [:]
    private static let perKey = 64
    /// Values that stress the parser's typing, the limits and the emitters' escaping.
    private static let hostile = [
        "\"\"", "0", "-1", "99999999999999999999", "~", "null", "yes", "[]", "{}", "'", "\"a\\\"b\"",
        "24:00", "23:59", "2026-02-29", "2027-13-01", "+31 88 765 4000", "+3188765400", "../../etc/passwd",
        "\"<script>&amp;\\n;\"", "\"[x] ${EXTEN} ; \\\" '\"", "\"é ü ß ç 漢字 👋\"", String(repeating: "x", count: 300),
    ]

    func mutate(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int, seed: UInt32) -> Int {
        var random = SplitMix64(seed: UInt64(seed))
        let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { YAMLLine(String($0)) }
        learn(lines)
        guard lines.contains(where: { $0.value != nil }) else { return LLVMFuzzerMutate(data, size, maxSize) }
        // A few tries for a mutant that still checks clean, so most inputs reach the
        // compiler and the emitters; the last try is kept either way (errors matter too).
        var result: [UInt8] = []
        for _ in 0..<Self.tries {
            var mutant = lines
            for _ in 0...random.next(2) { mutateOnce(&mutant, &random) }
            result = Array(mutant.map(\.text).joined(separator: "\n").utf8)
            if result.count <= maxSize, FuzzTarget.checksClean(result) { break }
        }
        guard result.count <= maxSize else { return LLVMFuzzerMutate(data, size, maxSize) }
        result.withUnsafeBufferPointer { data.update(from: $0.baseAddress!, count: result.count) }
        return result.count
    }

    private static let tries = 6

    private func mutateOnce(_ lines: inout [YAMLLine], _ random: inout SplitMix64) {
        switch random.next(8) {
        case 0, 1, 2: replaceValue(&lines, &random)
        case 3: deleteBlock(&lines, &random)
        case 4: duplicateBlock(&lines, &random)
        case 5: swapValues(&lines, &random)
        default: mutateValueBytes(&lines, &random)
        }
    }

    private func learn(_ lines: [YAMLLine]) {
        for line in lines {
            guard let key = line.key, let value = line.value else { continue }
            var values = seen[key, default: []]
            if values.count < Self.perKey, !values.contains(value) {
                values.append(value)
                seen[key] = values
            }
        }
    }

    private func valueLines(_ lines: [YAMLLine]) -> [Int] { lines.indices.filter { lines[$0].value != nil } }

    private func replaceValue(_ lines: inout [YAMLLine], _ random: inout SplitMix64) {
        let candidates = valueLines(lines)
        guard !candidates.isEmpty else { return }
        let index = candidates[random.next(candidates.count)]
        let key = lines[index].key ?? ""
        switch random.next(10) {
        case 0...6:  // a value of the same key: mostly valid, reaches the compiler
            if let values = seen[key], !values.isEmpty { lines[index].value = values[random.next(values.count)] }
        case 7, 8:   // a value of another key: type confusion
            let keys = seen.keys.sorted()
            if let other = keys.isEmpty ? nil : seen[keys[random.next(keys.count)]], !other.isEmpty {
                lines[index].value = other[random.next(other.count)]
            }
        default:
            lines[index].value = Self.hostile[random.next(Self.hostile.count)]
        }
    }

    /// The lines of the block starting at `first`: it and those indented under it (a
    /// key without a value also owns a list written at its own indentation).
    private func block(_ lines: [YAMLLine], at first: Int) -> Range<Int> {
        let line = lines[first]
        let ownsItems = line.key != nil && line.value == nil && !line.isItem
        var end = first + 1
        while end < lines.count, lines[end].isBlank || lines[end].start > line.start
                || (ownsItems && lines[end].start == line.start && lines[end].isItem) { end += 1 }
        return first..<end
    }

    private func deleteBlock(_ lines: inout [YAMLLine], _ random: inout SplitMix64) {
        guard lines.count > 1 else { return }
        lines.removeSubrange(block(lines, at: random.next(lines.count)))
    }

    /// Duplicates a list item (a second user, number, key, …) or any block.
    private func duplicateBlock(_ lines: inout [YAMLLine], _ random: inout SplitMix64) {
        let items = lines.indices.filter { lines[$0].isItem }
        let start = items.isEmpty ? random.next(lines.count) : items[random.next(items.count)]
        let range = block(lines, at: start)
        lines.insert(contentsOf: lines[range], at: range.upperBound)
    }

    private func swapValues(_ lines: inout [YAMLLine], _ random: inout SplitMix64) {
        let candidates = valueLines(lines)
        guard candidates.count > 1 else { return }
        let a = candidates[random.next(candidates.count)], b = candidates[random.next(candidates.count)]
        (lines[a].value, lines[b].value) = (lines[b].value, lines[a].value)
    }

    private func mutateValueBytes(_ lines: inout [YAMLLine], _ random: inout SplitMix64) {
        let candidates = valueLines(lines)
        guard !candidates.isEmpty else { return }
        let index = candidates[random.next(candidates.count)]
        var bytes = Array((lines[index].value ?? "").utf8)
        let size = bytes.count
        bytes += [UInt8](repeating: 0, count: 16)
        let newSize = bytes.withUnsafeMutableBufferPointer { LLVMFuzzerMutate($0.baseAddress!, size, $0.count) }
        lines[index].value = String(decoding: bytes[..<newSize], as: UTF8.self)
    }
}
