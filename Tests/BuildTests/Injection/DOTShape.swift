import Foundation
import TestSupport

/// DOT files checked by Graphviz: a batch of graphs goes through one `dot -Tcanon`
/// (Graphviz's own parser; its canonical output has one statement per `;`), whose
/// output gives each graph's shape: how many nodes and edges, and which attribute
/// names it uses. A graph that Graphviz cannot parse ends the batch early.
enum DOTShape {
    /// Each graph's shape, in order; fewer shapes than graphs when one did not parse.
    static func shapes(_ graphs: [String], in folder: URL) throws -> [String] {
        let file = folder.appendingPathComponent("batch-\(UUID().uuidString).dot")
        try Data(graphs.joined().utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try tool(["sh", "-c", "dot -Tcanon \"$0\" 2>/dev/null; exit 0", file.path])
        return canonShapes(run.out)
    }

    /// Splits Graphviz's canonical output into graphs and statements, outside quotes.
    static func canonShapes(_ canon: String) -> [String] {
        var shapes: [String] = []
        var statement = ""
        var quoted = false, escaped = false, depth = 0
        var nodes = 0, edges = 0
        var attributes = Set<String>()
        func finish() {
            let text = statement.trimming(" \t\n\\")
            statement = ""
            guard !text.isEmpty else { return }
            // Attribute names: identifiers before `=` outside quotes.
            var names: [String] = [], word = "", inQuote = false, esc = false
            for c in text {
                if inQuote { if esc { esc = false } else if c == "\\" { esc = true } else if c == "\"" { inQuote = false }; continue }
                if c == "\"" { inQuote = true; word = ""; continue }
                if c == "=" { if !word.isEmpty { names.append(word) }; word = ""; continue }
                if c.isLetter || c.isNumber || c == "_" { word.append(c) } else if c != " " { word = "" }
            }
            attributes.formUnion(names)
            if text.hasPrefix("node ") || text.hasPrefix("edge ") || text.hasPrefix("graph ") || text.hasPrefix("node[")
                || text.hasPrefix("edge[") || text.hasPrefix("graph[") { return }
            var outside = "", q = false, e = false
            for c in text {
                if q { if e { e = false } else if c == "\\" { e = true } else if c == "\"" { q = false }; continue }
                if c == "\"" { q = true; outside.append("\"\""); continue }
                outside.append(c)
            }
            if outside.contains("->") { edges += 1 } else if !outside.contains("=") || outside.contains("[") { nodes += 1 }
        }
        for c in canon {
            if quoted {
                statement.append(c)
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { quoted = false }
                continue
            }
            switch c {
            case "\"": quoted = true; statement.append(c)
            case "{":
                depth += 1
                if depth == 1 { statement = ""; nodes = 0; edges = 0; attributes = [] } else { statement.append(c) }
            case "}":
                depth -= 1
                if depth == 0 {
                    finish()
                    shapes.append("\(nodes) nodes, \(edges) edges, attributes \(attributes.sorted().joined(separator: " "))")
                } else { statement.append(c) }
            case ";" where depth == 1: finish()
            case "\n": statement.append(" ")
            default: statement.append(c)
            }
        }
        return shapes
    }
}
