import Compiler

/// `pbxc diff` output: text (a line per change, by customer), JSON, or Markdown for
/// a merge-request comment, with the changed part of the call flow as a Mermaid diagram.
public enum DiffRenderer {
    public static func text(_ diffs: [RoutingDiff]) -> String {
        var out = ""
        for diff in diffs where !diff.changes.isEmpty {
            out += "\(diff.customer):\n"
            for change in diff.changes { out += "  \(change.text)\n" }
        }
        return out.isEmpty ? "no routing changes\n" : out
    }

    public static func json(_ diffs: [RoutingDiff]) throws -> String {
        String(decoding: try RoutingJSONEmitter.encode(["customers": diffs.filter { !$0.changes.isEmpty }]), as: UTF8.self)
    }

    /// `new` gives the diagrams: the edges of the new call flow that touch a changed node.
    public static func markdown(_ diffs: [RoutingDiff], new: [String: RoutingTable]) -> String {
        var out = "## pbxc: what this change does to calls\n\n"
        let changed = diffs.filter { !$0.changes.isEmpty }
        if changed.isEmpty { return out + "No routing changes.\n" }
        for diff in changed {
            out += "### \(MarkdownText.inline(diff.customer))\n\n"
            for change in diff.changes { out += "- \(MarkdownText.inline(change.text))\n" }
            let touched = Set(diff.changes.flatMap(\.nodes))
            if let table = new[diff.customer], !touched.isEmpty {
                let part = CallFlowGraph(table).restricted(to: touched)
                if !part.edges.isEmpty {
                    out += "\n```mermaid\n" + MermaidEmitter.render(part, title: "\(table.customer.name): changed part") + "```\n"
                }
            }
            out += "\n"
        }
        return out
    }
}
