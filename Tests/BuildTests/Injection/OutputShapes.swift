import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Parser
import Diagnostics

/// The structure of each output format, with the text left out: two builds of one
/// customer that differ only in a field's text must have equal shapes.
enum OutputShape {
    /// The shape of one emitted file, by its format (from its name and first bytes).
    static func of(path: String, bytes: Data) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        let name = (path as NSString).lastPathComponent
        if name.hasSuffix(".conf") { return AsteriskShape(Array(bytes)).lines.map(\.description) + (bytes.contains(0) ? ["NUL"] : []) }
        if name.hasSuffix(".json") { return json(bytes) }
        if name.hasSuffix(".mmd") { return mermaid(text) }
        if name.hasSuffix(".html") { return html(text) }
        if name.hasSuffix(".dot") { return ["DOT, checked by Graphviz"] }
        if name.hasSuffix(".pdf") { return pdf(bytes) }
        if name == "SHA256SUMS" { return text.split(separator: "\n", omittingEmptySubsequences: false).map { "\($0.split(separator: " ").count) fields" } }
        if text.hasPrefix("<?xml") { return xml(bytes) }
        return keyValue(text)
    }

    // MARK: XML

    final class XMLShape: NSObject, XMLParserDelegate {
        var events: [String] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String]) {
            events.append("<\(name) \(attributes.keys.sorted().joined(separator: " "))>")
            // Cisco's extended functions are `key=value` fields separated by `;`.
            if name.hasPrefix("Extended_Function_") { inFunction = true; functionText = "" }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if inFunction {
                events.append("function fields: " + functionText.split(separator: ";").map { $0.split(separator: "=").first ?? "" }
                    .joined(separator: " "))
                inFunction = false
            }
            events.append("</\(name)>")
        }
        func parser(_ parser: XMLParser, foundComment comment: String) { events.append("<!-- -->") }
        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { events.append("CDATA") }
        func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) { events.append("<?\(target)?>") }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if inFunction { functionText += string } }
        var inFunction = false
        var functionText = ""
    }

    static func xml(_ bytes: Data) -> [String] {
        let parser = XMLParser(data: bytes)
        let shape = XMLShape()
        parser.delegate = shape
        if !parser.parse() { return shape.events + ["XML error: \(parser.parserError.map { "\($0)" } ?? "?")"] }
        return shape.events
    }

    // MARK: key = value

    /// One setting per line; a carriage return counts as a line end too (phones differ).
    static func keyValue(_ text: String) -> [String] {
        text.unicodeScalars.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r" }.compactMap { scalars -> String? in
            let line = String(String.UnicodeScalarView(scalars)).trimming(" \t")
            if line.isEmpty || line.hasPrefix("#") { return line.hasPrefix("#!") ? line : nil }
            guard let equals = line.firstIndex(of: "=") else { return "not a setting" }
            return String(line[..<equals]).trimming(" \t")
        }
    }

    // MARK: JSON

    static func json(_ bytes: Data) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed]) else { return ["JSON error"] }
        var paths = Set<String>()
        func walk(_ value: Any, _ path: String) {
            if let object = value as? [String: Any] {
                for (key, inner) in object { walk(inner, path + "." + key) }
                if object.isEmpty { paths.insert(path + ".{}") }
            } else if let array = value as? [Any] {
                for inner in array { walk(inner, path + "[]") }
            } else {
                paths.insert(path)
            }
        }
        walk(object, "$")
        return paths.sorted()
    }

    // MARK: Mermaid

    /// Front matter (read with pbxc's YAML reader: its keys) and one node or edge per
    /// line, each label one quoted string without a quote inside.
    static func mermaid(_ text: String) -> [String] {
        let parts = text.components(separatedBy: "---\n")
        guard parts.count == 3, parts[0].isEmpty else { return ["front matter: \(parts.count - 1) separators"] }
        var shape = ["front matter: " + frontMatterKeys(parts[1])]
        shape += mermaidBody(parts[2])
        return shape
    }

    static func frontMatterKeys(_ yaml: String) -> String {
        let files = SourceFiles()
        let sink = DiagnosticSink(files: files)
        let document = YAMLReader().read(Array(yaml.utf8), file: files.register(path: "front.yaml"), sink: sink)
        if !sink.diagnostics.isEmpty { return "YAML error" }
        return (document?.root?.pairs ?? []).map { $0.key.scalar ?? "?" }.joined(separator: " ")
    }

    static let openers = [("([\"", "\"])"), ("{{\"", "\"}}"), ("[[\"", "\"]]"), ("[(\"", "\")]"), ("((\"", "\"))"), ("[\"", "\"]"), (">\"", "\"]")]

    static func mermaidBody(_ body: String) -> [String] {
        var shape: [String] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
            if line == "flowchart LR" { shape.append(String(line)); continue }
            guard line.hasPrefix("  ") else { shape.append("unexpected line"); continue }
            var rest = Substring(line.dropFirst(2))
            let id = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            rest = rest.dropFirst(id.count)
            if id.isEmpty { shape.append("no id"); continue }
            if rest.hasPrefix(" -->") || rest.hasPrefix(" -.->") {
                let arrow = rest.hasPrefix(" -->") ? "-->" : "-.->"
                rest = rest.dropFirst(arrow.count + 1)
                var label = ""
                if rest.hasPrefix("|\"") {
                    guard let end = rest.dropFirst(2).firstIndex(of: "\"") else { shape.append("open edge label"); continue }
                    label = String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end])
                    rest = rest[end...].dropFirst()
                    guard rest.hasPrefix("|") else { shape.append("edge label not closed"); continue }
                    rest = rest.dropFirst()
                }
                guard rest.hasPrefix(" "), rest.dropFirst().allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                    shape.append("edge with more after its target"); continue
                }
                shape.append("edge \(arrow) label: \(label.isEmpty ? "none" : "\(label.components(separatedBy: "<").count - 1) tags")")
                continue
            }
            guard let (open, close) = openers.first(where: { rest.hasPrefix($0.0) }), rest.hasSuffix(close) else {
                shape.append("node of unknown shape"); continue
            }
            let label = rest.dropFirst(open.count).dropLast(close.count)
            if label.contains("\"") { shape.append("quote inside a label"); continue }
            shape.append("node \(open) \(label.components(separatedBy: "<").count - 1) tags")
        }
        return shape
    }

    // MARK: HTML

    /// Start and end tags (names and attribute names) of an HTML page, read with a
    /// tokenizer that respects quoted attribute values, comments and raw text.
    static func html(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var tags: [String] = []
        var i = 0
        func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        func starts(_ word: String, at index: Int) -> Bool {
            let w = Array(word.unicodeScalars)
            guard index + w.count <= s.count else { return false }
            return (0..<w.count).allSatisfy { String(s[index + $0]).lowercased() == String(w[$0]) }
        }
        while i < s.count {
            guard s[i] == "<" else { i += 1; continue }
            if starts("<!--", at: i) {
                tags.append("<!-- -->")
                i += 4
                while i < s.count, !starts("-->", at: i) { i += 1 }
                i += 3
                continue
            }
            if i + 1 < s.count, s[i + 1] == "!" || s[i + 1] == "?" {
                tags.append("<!>")
                while i < s.count, s[i] != ">" { i += 1 }
                continue
            }
            let closing = i + 1 < s.count && s[i + 1] == "/"
            var j = i + (closing ? 2 : 1)
            guard j < s.count, isLetter(s[j]) else { i += 1; continue }
            var name = ""
            while j < s.count, !" \t\n\r\u{0C}/>".unicodeScalars.contains(s[j]) { name.unicodeScalars.append(s[j]); j += 1 }
            name = name.lowercased()
            var attributes: [String] = []
            while j < s.count, s[j] != ">" {
                if " \t\n\r\u{0C}/".unicodeScalars.contains(s[j]) { j += 1; continue }
                var attribute = ""
                while j < s.count, !" \t\n\r\u{0C}/>=".unicodeScalars.contains(s[j]) { attribute.unicodeScalars.append(s[j]); j += 1 }
                attributes.append(attribute.lowercased())
                if j < s.count, s[j] == "=" {
                    j += 1
                    if j < s.count, s[j] == "\"" || s[j] == "'" {
                        let quote = s[j]
                        j += 1
                        while j < s.count, s[j] != quote { j += 1 }
                        j += 1
                    } else {
                        while j < s.count, !" \t\n\r\u{0C}>".unicodeScalars.contains(s[j]) { j += 1 }
                    }
                }
                if attribute.isEmpty { j += 1 }
            }
            tags.append(closing ? "</\(name)>" : "<\(name) \(attributes.joined(separator: " "))>")
            i = j + 1
            // Raw text: nothing in it is a tag until its end tag.
            if !closing, ["script", "style", "title", "textarea"].contains(name) {
                while i < s.count, !starts("</\(name)", at: i) { i += 1 }
            }
        }
        return tags
    }

    // MARK: PDF

    static func pdf(_ bytes: Data) -> [String] {
        let head = bytes.prefix(5), tail = String(decoding: bytes.suffix(8), as: UTF8.self)
        return [head == Data("%PDF-".utf8) ? "PDF header" : "no PDF header", tail.contains("%%EOF") ? "EOF" : "no EOF"]
    }

    // MARK: Markdown

    /// The blocks of the `diff` comment (headings by level, list items, fences, blank
    /// lines, paragraphs), the inline syntax in each (unescaped `[ ] < \` * _ ~ |`),
    /// and inside a ```mermaid fence, Mermaid's shape.
    static func markdown(_ text: String) -> [String] {
        var shape: [String] = []
        var fence: [String]? = nil
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                if let body = fence {
                    shape.append("fence " + mermaidBody(body.joined(separator: "\n") + "\n").joined(separator: "; "))
                    fence = nil
                } else {
                    shape.append("fence \(line)")
                    fence = []
                }
                continue
            }
            if fence != nil { fence!.append(String(line)); continue }
            let kind: String
            let trimmed = line.drop { $0 == " " }
            if line.isEmpty { kind = "blank" }
            else if line.count - trimmed.count >= 4 { kind = "indented code" }
            else if let hashes = Optional(trimmed.prefix { $0 == "#" }), !hashes.isEmpty, trimmed.dropFirst(hashes.count).first == " " {
                kind = "heading \(hashes.count)"
            } else if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed.hasPrefix("+ ") { kind = "item" }
            else if trimmed.first?.isNumber == true, trimmed.drop(while: { $0.isNumber }).hasPrefix(". ") { kind = "numbered item" }
            else if trimmed.hasPrefix(">") { kind = "quote" }
            else if trimmed.hasPrefix("<") { kind = "HTML" }
            else if trimmed.allSatisfy({ "-=_*".contains($0) || $0 == " " }) { kind = "rule or underline" }
            else { kind = "paragraph" }
            shape.append("\(kind): \(inlineSyntax(line))")
        }
        if fence != nil { shape.append("unclosed fence") }
        return shape
    }

    static func inlineSyntax(_ line: Substring) -> String {
        var out = ""
        var escaped = false
        for c in line {
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            if "[]<`*_~|".contains(c) { out.append(c) }
        }
        return out
    }
}
