import CLibYAML
import Diagnostics

/// The libyaml event loop behind `YAMLReader`: an explicit stack of open collections
/// (no recursion, so deep input cannot overflow the call stack).
struct TreeBuilder {
    private struct Frame {
        var isMapping: Bool
        var start: SourceLocation
        var anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        /// Nodes inside, for the size of an anchored collection.
        var size = 1
    }

    private let file: FileID
    private let sink: DiagnosticSink
    private let limits: YAMLLimits
    private let bytes: [UInt8]
    private let positions: LinePositions

    private var stack: [Frame] = []
    private var root: YAMLNode?
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var aliasBudget: Int
    private var aliasLimitReported = false
    /// Depth of collections skipped because they were too deep.
    private var skipped = 0
    private var documents = 0

    init(file: FileID, sink: DiagnosticSink, limits: YAMLLimits, bytes: [UInt8]) {
        self.file = file
        self.sink = sink
        self.limits = limits
        self.bytes = bytes
        self.positions = LinePositions(bytes)
        self.aliasBudget = limits.maxAliasExpansion
    }

    mutating func run() -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
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
        return ok ? root : nil
    }

    /// Handles one event; false stops reading (a second document).
    private mutating func handle(_ event: inout yaml_event_t) -> Bool {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                sink.report(StructureRuleID.yamlSyntax, .error, at: location(event.start_mark),
                            "a second YAML document in one file; pbxc reads one document per file",
                            help: "remove the `---` line, or move this part into its own file")
                return false
            }
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            var loc = location(event.start_mark, end: event.end_mark)
            var text: String
            if scalar.length > limits.maxScalarBytes {
                sink.report(StructureRuleID.yamlLimits, .error, at: loc,
                            "this value is \(scalar.length) bytes; values are limited to \(limits.maxScalarBytes) bytes")
                text = ""
                loc.length = 1
            } else {
                text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length),
                              as: UTF8.self)
            }
            let node = YAMLNode(.scalar(text), at: loc, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE)
            if let anchor = scalar.anchor { anchors[string(anchor)] = (node, 1) }
            add(node, size: 1)
        case YAML_SEQUENCE_START_EVENT:
            open(isMapping: false, event.start_mark, anchor: event.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT:
            open(isMapping: true, event.start_mark, anchor: event.data.mapping_start.anchor)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close()
        case YAML_ALIAS_EVENT:
            alias(string(event.data.alias.anchor), at: location(event.start_mark, end: event.end_mark))
        default:
            break
        }
        return true
    }

    private mutating func open(isMapping: Bool, _ mark: yaml_mark_t, anchor: UnsafeMutablePointer<yaml_char_t>?) {
        if skipped > 0 || stack.count >= limits.maxDepth {
            if skipped == 0 {
                sink.report(StructureRuleID.yamlLimits, .error, at: location(mark),
                            "nesting deeper than \(limits.maxDepth) levels; pbxc configurations nest about 8 deep")
            }
            skipped += 1
            return
        }
        stack.append(Frame(isMapping: isMapping, start: location(mark), anchor: anchor.map(string)))
    }

    private mutating func close() {
        if skipped > 0 {
            skipped -= 1
            if skipped == 0, let start = stack.last?.start {
                add(YAMLNode(.scalar(""), at: start, plain: true), size: 1)
            }
            return
        }
        guard var frame = stack.popLast() else { return }
        let node: YAMLNode
        if frame.isMapping {
            if let key = frame.pendingKey {  // a key whose value was skipped
                frame.pairs.append(YAMLPair(key: key, value: YAMLNode(.scalar(""), at: key.location, plain: true)))
            }
            node = YAMLNode(.mapping(applyingMergeKeys(frame.pairs)), at: frame.start)
        } else {
            node = YAMLNode(.sequence(frame.items), at: frame.start)
        }
        if let anchor = frame.anchor { anchors[anchor] = (node, frame.size) }
        add(node, size: frame.size)
    }

    private mutating func alias(_ name: String, at loc: SourceLocation) {
        guard skipped == 0 else { return }
        guard let (node, size) = anchors[name] else {
            sink.report(StructureRuleID.yamlSyntax, .error, at: loc, "alias `*\(name)` names no anchor")
            add(YAMLNode(.scalar(""), at: loc, plain: true), size: 1)
            return
        }
        aliasBudget -= size
        if aliasBudget < 0 {
            if !aliasLimitReported {
                aliasLimitReported = true
                sink.report(StructureRuleID.yamlLimits, .error, at: loc,
                            "aliases expand to more than \(limits.maxAliasExpansion) nodes; this looks like an alias bomb",
                            help: "write the repeated part out, or use fewer nested aliases")
            }
            add(YAMLNode(.scalar(""), at: loc, plain: true), size: 1)
            return
        }
        var copy = node
        copy.location = SourceLocation(file: node.location.file, line: loc.line, column: loc.column,
                                       offset: loc.offset, length: loc.length)
        add(copy, size: size)
    }

    private mutating func add(_ node: YAMLNode, size: Int) {
        guard skipped == 0 else { return }
        guard !stack.isEmpty else {
            if root == nil { root = node }
            return
        }
        let top = stack.count - 1
        stack[top].size += size
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            stack[top].pendingKey = nil
            addPair(key: key, value: node, to: top)
        } else {
            stack[top].pendingKey = node
        }
    }

    private mutating func addPair(key: YAMLNode, value: YAMLNode, to top: Int) {
        if let name = key.scalar, name != "<<",
           let first = stack[top].pairs.first(where: { $0.key.scalar == name }) {
            sink.report(StructureRuleID.duplicateKey, .error, at: key.location,
                        "key `\(name)` appears twice in this mapping; the first one is used",
                        notes: [("first `\(name)` is here", first.key.location)],
                        help: "remove one of the two, or merge their contents")
            return
        }
        stack[top].pairs.append(YAMLPair(key: key, value: value))
    }

    /// YAML merge keys (`<<: *defaults`): pairs of the merged mappings that the
    /// mapping does not set itself.
    private func applyingMergeKeys(_ pairs: [YAMLPair]) -> [YAMLPair] {
        guard pairs.contains(where: { $0.key.isPlain && $0.key.scalar == "<<" }) else { return pairs }
        var result = pairs.filter { !($0.key.isPlain && $0.key.scalar == "<<") }
        var present = Set(result.compactMap { $0.key.scalar })
        for pair in pairs where pair.key.isPlain && pair.key.scalar == "<<" {
            let sources: [YAMLNode]
            switch pair.value.value {
            case .mapping: sources = [pair.value]
            case .sequence(let items): sources = items
            case .scalar: sources = []
            }
            for case .mapping(let merged) in sources.map(\.value) {
                for p in merged where p.key.scalar.map({ present.insert($0).inserted }) ?? false {
                    result.append(p)
                }
            }
        }
        return result
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
        sink.report(StructureRuleID.yamlSyntax, .error, at: place, message, help: help)
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
