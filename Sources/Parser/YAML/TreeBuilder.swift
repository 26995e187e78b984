import CLibYAML
import Diagnostics

/// The libyaml event loop behind `YAMLReader`: appends one record per node to a
/// `YAMLDocument`, with an explicit stack of open collections (no recursion, so deep
/// input cannot overflow the call stack).
struct TreeBuilder {
    private struct Frame {
        var index: Int
        var isMapping: Bool
        var anchor: String?
        var count: UInt32 = 0
        /// Nodes inside with aliases expanded, for the alias budget.
        var expanded = 1
        /// One bit per key signature seen (mod 64): a key whose bit is clear cannot
        /// repeat an earlier one, so the siblings are searched only on a hit.
        var keyBloom: UInt64 = 0
    }

    private typealias Record = YAMLDocument.Record

    /// The keys of each open mapping past `dictionaryThreshold` keys (text → record
    /// index), by the mapping's record index. Kept outside `Frame` so that frames stay
    /// cheap to copy for the small mappings that make up nearly every file.
    private var largeMappingKeys: [Int: [String: Int]] = [:]

    private let file: FileID
    private let sink: DiagnosticSink
    private let limits: YAMLLimits
    private let bytes: [UInt8]
    private let positions: LinePositions

    private var records: RawBuffer<Record>
    private var text: RawBuffer<UInt8>
    /// The open collections enclosing `current`; the innermost open one is kept out
    /// of the array so that updating it is a plain stored-property access.
    private var stack: [Frame] = []
    private var current: Frame?
    /// Anchor name → (record index, node count with aliases expanded).
    private var anchors: [String: (index: Int, expanded: Int)] = [:]
    private var aliasBudget: Int
    private var aliasLimitReported = false
    /// Set when nesting went past the limit: reading stops there and the file's tree
    /// is dropped, so that 100,000 nested `[` cost no more than 64 (libyaml's scanner
    /// does work per open level on every token; going on would be quadratic).
    private var tooDeep = false
    private var documents = 0

    init(file: FileID, sink: DiagnosticSink, limits: YAMLLimits, bytes: [UInt8]) {
        self.file = file
        self.sink = sink
        self.limits = limits
        self.bytes = bytes
        self.positions = LinePositions(bytes)
        self.aliasBudget = limits.maxAliasExpansion
        records = RawBuffer(capacity: bytes.count / 8)  // about one node per 12 bytes in practice
        text = RawBuffer(capacity: bytes.count / 2)
    }

    /// The document, or nil when the file is empty (no node) or not valid YAML (reported).
    mutating func run() -> YAMLDocument? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            records.free()
            text.free()
            return nil
        }
        defer { yaml_parser_delete(&parser) }
        let ok: Bool = bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    reportSyntaxError(parser)
                    return false
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return true }
                if !handle(&event) { return true }
            }
        }
        guard ok, !tooDeep, records.count > 0 else {
            records.free()
            text.free()
            return nil
        }
        return YAMLDocument(file: file, records: records.take(), text: text.take())
    }

    /// Handles one event; false stops reading (a second document).
    private mutating func handle(_ event: inout yaml_event_t) -> Bool {
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            var loc = location(event.start_mark, end: event.end_mark)
            let start = UInt32(text.count)
            if scalar.length > limits.maxScalarBytes {
                sink.report(.yamlLimits, at: loc,
                            "this value is \(scalar.length) bytes; values are limited to \(limits.maxScalarBytes) bytes")
                loc.length = 1
            } else if scalar.length > 0 {
                text.append(UnsafeBufferPointer(start: scalar.value, count: scalar.length))
            }
            let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE
            let index = append(Record(kind: .scalar, flags: plain ? Record.plainFlag : 0, line: loc.line,
                                      column: loc.column, offset: loc.offset, length: loc.length, a: start,
                                      b: UInt32(text.count) - start))
            if let anchor = scalar.anchor { anchors[string(anchor)] = (index, 1) }
        case YAML_SEQUENCE_START_EVENT:
            return open(isMapping: false, event.start_mark, anchor: event.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT:
            return open(isMapping: true, event.start_mark, anchor: event.data.mapping_start.anchor)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close()
        case YAML_ALIAS_EVENT:
            alias(string(event.data.alias.anchor), at: location(event.start_mark, end: event.end_mark))
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                sink.report(.yamlSyntax, at: location(event.start_mark),
                            "a second YAML document in one file; pbxc reads one document per file",
                            help: "remove the `---` line, or move this part into its own file")
                return false
            }
        default:
            break
        }
        return true
    }

    /// Appends a node as the next child of the open collection; returns its index.
    @discardableResult
    private mutating func append(_ record: Record, expanded: Int = 1) -> Int {
        let index = records.count
        records.append(record)
        guard current != nil else { return index }
        current!.expanded += expanded
        if current!.isMapping, current!.count % 2 == 0, record.kind == .scalar {
            noteKey(index)
        }
        current!.count += 1
        return index
    }

    /// Reports a key already present in the open mapping (the first one is used).
    private mutating func noteKey(_ index: Int) {
        records[index].signature = ObjectSchema.signature(
            UnsafeBufferPointer(start: text.base + Int(records[index].a), count: Int(records[index].b)))
        let key = records[index]
        let bit = UInt64(1) << (key.signature % 64)
        defer { current!.keyBloom |= bit }
        if key.flags & Record.plainFlag != 0, key.b == 2, text[Int(key.a)] == UInt8(ascii: "<"),
           text[Int(key.a) + 1] == UInt8(ascii: "<") {
            records[current!.index].flags |= Record.mergeFlag
            return
        }
        // Small mappings (nearly all): on a bloom hit, search the earlier siblings in
        // place, comparing bytes — no allocation. Past `dictionaryThreshold` keys the
        // bloom saturates and that search would make the mapping quadratic, so its keys
        // go into a dictionary once and every later key is looked up there.
        let mapping = current!.index
        if current!.count / 2 == Self.dictionaryThreshold { largeMappingKeys[mapping] = earlierKeys(before: index) }
        let earlier: Int
        if current!.count / 2 >= Self.dictionaryThreshold {
            let name = keyText(key)
            guard let found = largeMappingKeys[mapping]?[name] else {
                largeMappingKeys[mapping]?[name] = index
                return
            }
            earlier = found
        } else {
            guard current!.keyBloom & bit != 0, let found = earlierSibling(equalTo: key, before: index) else { return }
            earlier = found
        }
        records[current!.index].flags |= Record.duplicateFlag
        let shown = MessageText.escaped(keyText(key))
        sink.report(.duplicateKey, at: location(of: key),
                    "key `\(shown)` appears twice in this mapping; the first one is used",
                    notes: [("first `\(shown)` is here", location(of: records[earlier]))],
                    help: "remove one of the two, or merge their contents")
    }

    /// Keys a mapping may have before its keys are kept in a dictionary.
    static let dictionaryThreshold: UInt32 = 32

    /// The first earlier key of the open mapping with the same text as `key`. Their
    /// subtrees are closed, so values are skipped by their end index.
    private func earlierSibling(equalTo key: Record, before index: Int) -> Int? {
        var i = current!.index + 1
        var position: UInt32 = 0
        while i < index {
            let r = records[i]
            if position % 2 == 0, r.kind == .scalar, r.signature == key.signature, sameText(r, key) { return i }
            position += 1
            i = r.isCollection ? Int(r.a) : i + 1
        }
        return nil
    }

    /// The scalar keys of the open mapping before `index`, the first of equal ones.
    /// Their subtrees are closed, so values are skipped by their end index.
    private func earlierKeys(before index: Int) -> [String: Int] {
        var keys: [String: Int] = [:]
        var i = current!.index + 1
        var position: UInt32 = 0
        while i < index {
            let r = records[i]
            if position % 2 == 0, r.kind == .scalar, keys[keyText(r)] == nil { keys[keyText(r)] = i }
            position += 1
            i = r.isCollection ? Int(r.a) : i + 1
        }
        return keys
    }

    private func sameText(_ a: Record, _ b: Record) -> Bool {
        guard a.b == b.b else { return false }
        return memcmp(text.base + Int(a.a), text.base + Int(b.a), Int(a.b)) == 0
    }

    private func keyText(_ record: Record) -> String {
        String(decoding: UnsafeBufferPointer(start: text.base + Int(record.a), count: Int(record.b)), as: UTF8.self)
    }

    /// Opens a collection; false (reading stops) when it would nest too deep.
    private mutating func open(isMapping: Bool, _ mark: yaml_mark_t, anchor: UnsafeMutablePointer<yaml_char_t>?) -> Bool {
        if depth >= limits.maxDepth {
            sink.report(.yamlLimits, at: location(mark),
                        "nesting deeper than \(limits.maxDepth) levels; pbxc configurations nest about 8 deep")
            tooDeep = true
            return false
        }
        let loc = location(mark)
        let index = append(Record(kind: isMapping ? .mapping : .sequence, flags: 0, line: loc.line,
                                  column: loc.column, offset: loc.offset, length: 1, a: 0, b: 0))
        if let open = current { stack.append(open) }
        current = Frame(index: index, isMapping: isMapping, anchor: anchor.map(string))
        return true
    }

    private var depth: Int { stack.count + (current == nil ? 0 : 1) }

    private mutating func close() {
        guard let frame = current else { return }
        current = stack.popLast()
        records[frame.index].b = frame.count
        records[frame.index].a = UInt32(records.count)
        if let anchor = frame.anchor { anchors[anchor] = (frame.index, frame.expanded) }
        if frame.count / 2 >= Self.dictionaryThreshold { largeMappingKeys[frame.index] = nil }
        current?.expanded += frame.expanded - 1  // the collection's own record was counted on opening
    }

    private mutating func alias(_ name: String, at loc: SourceLocation) {
        let null = Record(kind: .scalar, flags: Record.plainFlag, line: loc.line, column: loc.column,
                          offset: loc.offset, length: loc.length, a: UInt32(text.count), b: 0)
        guard let target = anchors[name] else {
            sink.report(.yamlSyntax, at: loc, "alias `*\(name)` names no anchor")
            append(null)
            return
        }
        let size = target.expanded
        aliasBudget -= size
        if aliasBudget < 0 {
            if !aliasLimitReported {
                aliasLimitReported = true
                sink.report(.yamlLimits, at: loc,
                            "aliases expand to more than \(limits.maxAliasExpansion) nodes; this looks like an alias bomb",
                            help: "write the repeated part out, or use fewer nested aliases")
            }
            append(null)
            return
        }
        append(Record(kind: .alias, flags: 0, line: loc.line, column: loc.column, offset: loc.offset,
                      length: loc.length, a: UInt32(target.index), b: 0), expanded: size)
    }

    private func reportSyntaxError(_ parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        let mark = parser.problem_mark
        var message = "invalid YAML: \(problem)"
        if let context = parser.context.map({ String(cString: $0) }) {
            message += " \(context)"
        }
        var help: String?
        if positions.character(line: Int(mark.line), column: Int(mark.column)) == "\t"
            || problem.contains("tab") {
            help = "YAML indents with spaces; replace the tab with spaces"
        } else if problem.contains("UTF-8") || problem.contains("control characters") {
            help = "save the file as UTF-8 text"
        } else if problem.contains("mapping values are not allowed") {
            help = "a value holding `: ` must be quoted, or a key is indented wrongly"
        }
        // Reader errors (bad encoding) carry a byte offset instead of a mark.
        let place = parser.error == YAML_READER_ERROR
            ? positions.location(ofByte: min(Int(parser.problem_offset), bytes.count), file: file) : location(mark)
        sink.report(.yamlSyntax, at: place, message, help: help)
    }

    private func location(of record: Record) -> SourceLocation {
        SourceLocation(file: file, line: record.line, column: record.column, offset: record.offset,
                       length: record.length)
    }

    private func location(_ mark: yaml_mark_t, end: yaml_mark_t? = nil) -> SourceLocation {
        let offset = positions.byteOffset(line: Int(mark.line), column: Int(mark.column), index: Int(mark.index))
        var length: UInt32 = 1
        if let end, end.line == mark.line, end.column > mark.column {
            length = UInt32(end.column - mark.column)
        }
        return SourceLocation(file: file, line: UInt32(mark.line + 1), column: UInt32(mark.column + 1),
                              offset: UInt32(truncatingIfNeeded: offset), length: length)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>) -> String {
        String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }
}
