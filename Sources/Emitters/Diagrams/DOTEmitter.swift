import Compiler
import Diagnostics
import Foundation

/// `routing/callflow.dot`: the call flow in Graphviz DOT, and `routing/callflow.svg`
/// drawn from it when Graphviz's `dot` is installed (Debian `graphviz`).
public enum DOTEmitter {
    public static let path = "routing/callflow.dot"
    public static let svgPath = "routing/callflow.svg"

    public static func emit(_ table: RoutingTable) -> EmittedFile {
        emit(CallFlowGraph(table), title: table.customer.name)
    }

    static func emit(_ graph: CallFlowGraph, title: String) -> EmittedFile {
        EmittedFile(path: path, text: render(graph, title: title))
    }

    static func render(_ graph: CallFlowGraph, title: String) -> String {
        var out = "digraph callflow {\n"
        out += "  label=\(quoted(title));\n  labelloc=t;\n  rankdir=LR;\n"
        out += "  node [fontname=\"Helvetica\", fontsize=11];\n  edge [fontname=\"Helvetica\", fontsize=9];\n"
        for node in graph.nodes {
            let shape: String
            switch node.shape {
            case .number: shape = "shape=oval, style=filled, fillcolor=\"#e8f0fe\""
            case .menu: shape = "shape=hexagon"
            case .group: shape = "shape=box, peripheries=2"
            case .user: shape = "shape=box, style=rounded"
            case .voicemail: shape = "shape=cylinder"
            case .external: shape = "shape=cds"
            case .end: shape = "shape=circle"
            }
            out += "  \(quoted(node.id)) [label=\(quoted(node.lines.joined(separator: "\n"))), \(shape)];\n"
        }
        for edge in graph.edges {
            var attributes: [String] = []
            if let label = edge.label { attributes.append("label=\(quoted(label))") }
            switch edge.style {
            case .call: break
            case .member: attributes.append("style=dashed")
            case .night: attributes.append("style=dotted")
            }
            let list = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
            out += "  \(quoted(edge.from)) -> \(quoted(edge.to))\(list);\n"
        }
        return out + "}\n"
    }

    /// A DOT string: backslashes and quotes escaped, line breaks as `\n`, other
    /// control characters as spaces.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": continue
            default:
                // Other control characters (tabs, escape sequences) show as a space.
                out += c.unicodeScalars.contains(where: MessageText.isHidden) ? " " : String(c)
            }
        }
        return out + "\""
    }

    /// Where Graphviz's `dot` is, if installed.
    public static let dotExecutable: String? = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/dot" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Graphviz's version (`dot -V`), or "none": part of every customer's build digest,
    /// since the SVG depends on it.
    public static let toolVersion: String = {
        guard let executable = dotExecutable else { return "graphviz: none" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-V"]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return "graphviz: none" }
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }()

    /// The largest call flow drawn as SVG, in nodes. Graphviz's layout time grows
    /// much faster than the graph (8,000 users took minutes), so larger call flows keep
    /// only their DOT and Mermaid files — decided by the input alone, so two builds of
    /// the same input always agree.
    public static let maxDrawnNodes = 600

    /// How long Graphviz may draw one call flow of at most `maxDrawnNodes` nodes (about
    /// a second on a loaded machine): a safety net, not a budget. Past it the build
    /// fails with a clear error rather than hang or write a different page.
    public static let timeLimit: TimeInterval = 120

    public struct DrawingFailed: Error, CustomStringConvertible {
        public var description: String
    }

    /// The SVG drawing of `dot` text; nil when Graphviz is not installed, the call flow
    /// is larger than `maxDrawnNodes`, or Graphviz fails on it.
    public static func svg(_ dot: EmittedFile, nodes: Int, timeLimit: TimeInterval = timeLimit) throws -> EmittedFile? {
        guard let executable = dotExecutable, nodes <= maxDrawnNodes else { return nil }
        let outcome = ChildProcess.run(executable, ["-Tsvg"], input: dot.contents, timeLimit: timeLimit)
        if outcome.timedOut {
            throw DrawingFailed(description: "Graphviz took longer than \(Int(timeLimit)) s to draw \(dot.path); "
                                    + "build with --no-svg to leave the drawings out")
        }
        guard outcome.status == 0, !outcome.output.isEmpty else { return nil }
        return EmittedFile(path: svgPath, contents: outcome.output)
    }
}
