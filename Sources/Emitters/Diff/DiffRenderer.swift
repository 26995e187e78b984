import Compiler

/// `pbxc diff` output: text (a line per change, by customer), JSON, or Markdown for
/// a merge-request comment, with the changed part of the call flow as a Mermaid
/// diagram. Each format carries the whole `DiffReport`: the errors and broken life
/// cycles of the new revision come first, and "no routing changes" is said only when
/// there is nothing else to say.
public enum DiffRenderer {
    public static func text(_ report: DiffReport) -> String {
        var out = problemsText(report).map { "\($0)\n" }.joined()
        if !out.isEmpty { out += "\n" }
        for diff in report.customers {
            out += "\(diff.customer):\n"
            for change in diff.changes { out += "  \(change.text)\n" }
        }
        return report.isClean ? "no routing changes\n" : out
    }

    public static func json(_ report: DiffReport) throws -> String {
        String(decoding: try RoutingJSONEmitter.encode(report), as: UTF8.self) + "\n"
    }

    /// `old` and `new` give the diagrams: the new call flow around the changed nodes,
    /// with removed nodes drawn from the old one, each marked added, changed or removed.
    public static func markdown(_ report: DiffReport, old: [String: RoutingTable], new: [String: RoutingTable]) -> String {
        var out = "## pbxc: what this change does to calls\n\n"
        if report.isClean { return out + "No routing changes.\n" }
        let problems = problemsText(report)
        if !problems.isEmpty {
            out += "### Errors in the new revision\n\n"
            for line in problems { out += "- \(MarkdownText.inline(line))\n" }
            out += "\n"
        }
        for diff in report.customers {
            out += "### \(MarkdownText.inline(diff.customer))\n\n"
            for change in diff.changes { out += "- \(MarkdownText.inline(change.text))\n" }
            if let table = new[diff.customer] { out += diagram(diff, before: old[diff.customer], after: table) }
            out += "\n"
        }
        return out
    }

    /// The not-compared customers and the problems, one line each.
    static func problemsText(_ report: DiffReport) -> [String] {
        (report.notCompared.isEmpty ? [] : ["not compared, because of errors (run pbxc check): \(report.notCompared.joined(separator: ", "))"])
            + report.problems.map(\.text)
    }

    /// Mermaid's default `maxTextSize` and `maxEdges`.
    static let mermaidMaxText = 50_000, mermaidMaxEdges = 500

    /// The changed part of the new call flow, its nodes marked, and what the marks mean.
    static func diagram(_ diff: RoutingDiff, before: RoutingTable?, after: RoutingTable) -> String {
        let touched = Set(diff.changes.flatMap(\.nodes))
        guard !touched.isEmpty else { return "" }
        var marks: [String: MermaidEmitter.Mark] = [:]
        var removed: [CallFlowGraph.Node] = []
        let oldGraph = before.map(CallFlowGraph.init)
        for id in touched {
            let number = id.hasPrefix("number:") ? String(id.dropFirst("number:".count)) : nil
            let inNew = number.map { after.numbers[$0] != nil } ?? (after.nodes[id] != nil)
            let inOld = number.map { before?.numbers[$0] != nil } ?? (before?.nodes[id] != nil)
            if !inNew {
                marks[id] = .removed
                removed += oldGraph?.nodes.filter { $0.id == id } ?? []
            } else {
                marks[id] = inOld ? .changed : .added
            }
        }
        let part = CallFlowGraph(after).restricted(to: touched, adding: removed.sorted { $0.id < $1.id })
        guard !part.nodes.isEmpty else { return "" }
        let legend = MermaidEmitter.Mark.allCases.filter { mark in part.nodes.contains { marks[$0.id] == mark } }
            .map { mark -> String in
                switch mark {
                case .added: "green: added"
                case .changed: "amber: changed"
                case .removed: "red, dashed: removed"
                }
            }
        let mermaid = MermaidEmitter.render(part, title: "\(after.customer.name): changed part", marks: marks)
        // Mermaid refuses a diagram over its default limits (50,000 characters, 500
        // edges), and GitHub and GitLab render with those: say so instead of a broken block.
        guard mermaid.utf8.count <= mermaidMaxText, part.edges.count <= mermaidMaxEdges else {
            return "\nThe changed part of the call flow has \(part.nodes.count) nodes and \(part.edges.count) edges: "
                + "too many to draw here (routing/callflow.mmd of the build shows the whole flow).\n"
        }
        return "\n```mermaid\n" + mermaid + "```\n" + (legend.isEmpty ? "" : "\n\(legend.joined(separator: "; ")).\n")
    }
}
