import Compiler
import Diagnostics

/// `routing/callflow.mmd`: the call flow as a Mermaid flowchart, which GitHub and
/// GitLab render in Markdown. Node ids encode the IR's ids (`menu:main` →
/// `menu__main`), one line per node and edge, in a fixed order.
public enum MermaidEmitter {
    public static let path = "routing/callflow.mmd"

    public static func emit(_ table: RoutingTable) -> EmittedFile {
        EmittedFile(path: path, text: render(CallFlowGraph(table), title: table.customer.name))
    }

    /// How a diff marks a node: a class of its own, defined once per diagram.
    enum Mark: String, CaseIterable {
        case added, changed, removed

        var style: String {
            switch self {
            case .added: "fill:#e3f6e3,stroke:#2e7d32,stroke-width:3px"
            case .changed: "fill:#fff4d6,stroke:#b26a00,stroke-width:3px"
            case .removed: "fill:#fde4e4,stroke:#c62828,stroke-width:2px,stroke-dasharray:5 4"
            }
        }
    }

    /// `marks` gives nodes a class (`classDef` and `class` lines at the end), for a diff.
    static func render(_ graph: CallFlowGraph, title: String, marks: [String: Mark] = [:]) -> String {
        var out = "---\ntitle: \(yamlString(title))\n---\nflowchart LR\n"
        for node in graph.nodes {
            let text = "\"" + node.lines.map(label).joined(separator: "<br/>") + "\""
            let shaped: String
            switch node.shape {
            case .number: shaped = "([\(text)])"
            case .menu: shaped = "{{\(text)}}"
            case .group: shaped = "[[\(text)]]"
            case .user: shaped = "[\(text)]"
            case .voicemail: shaped = "[(\(text))]"
            case .external: shaped = ">\(text)]"
            case .end: shaped = "((\(text)))"
            }
            out += "  \(id(node.id))\(shaped)\n"
        }
        for edge in graph.edges {
            let arrow = edge.style == .call ? "-->" : "-.->"
            let text = edge.label.map { "|\"\(label($0))\"|" } ?? ""
            out += "  \(id(edge.from)) \(arrow)\(text) \(id(edge.to))\n"
        }
        let drawn = Set(graph.nodes.map(\.id))
        for mark in Mark.allCases {
            let ids = marks.filter { $0.value == mark && drawn.contains($0.key) }.keys.sorted().map(id)
            guard !ids.isEmpty else { continue }
            out += "  classDef \(mark.rawValue) \(mark.style)\n  class \(ids.joined(separator: ",")) \(mark.rawValue)\n"
        }
        return out
    }

    /// A Mermaid id from an IR id: letters and digits stay, the rest is escaped so
    /// that different ids never meet (`:` → `__`, `-` → `_h`, `.` → `_d`, `_` → `_u`,
    /// `+` → `p`, anything else `_x<hex>`).
    static func id(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9": out.unicodeScalars.append(scalar)
            case ":": out += "__"
            case "-": out += "_h"
            case ".": out += "_d"
            case "_": out += "_u"
            case "+": out += "p"
            default: out += "_x" + String(scalar.value, radix: 16)
            }
        }
        return out
    }

    /// Text inside a quoted Mermaid label: quotes, angle brackets and `#` as entity codes.
    static func label(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "#": out += "#35;"
            case "`": out += "#96;"  // a label opening with a backtick is Markdown to Mermaid
            default:
                out += c.unicodeScalars.contains(where: MessageText.isHidden) ? " " : String(c)
            }
        }
        return out
    }

    /// The front matter's `title:` as a YAML double-quoted string, valid whatever the
    /// name holds (`: `, `#`, quotes, a leading `&` or `*`): `\` and `"` escaped,
    /// control characters as `\uXXXX` (`\UXXXXXXXX` beyond the BMP).
    static func yamlString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default:
                if MessageText.isHidden(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true), width = scalar.value > 0xFFFF ? 8 : 4
                    out += (width == 8 ? "\\U" : "\\u") + String(repeating: "0", count: width - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

}
