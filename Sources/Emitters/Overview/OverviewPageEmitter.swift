import Compiler
import Foundation
import Domain

/// `<customer>/index.html`: one static page (no scripts, no external assets, prints
/// on A4) with the numberplan — where each held number goes when open, closed and on
/// a holiday — the extensions, the call-flow diagram (the SVG when Graphviz drew one),
/// groups and menus, devices with their provisioning file (never a secret), porting
/// requests and orders.
public enum OverviewPageEmitter {
    public static let path = "index.html"

    public static func emit(_ compiled: CompiledCustomer, svg: EmittedFile?, mermaid: EmittedFile) -> EmittedFile {
        let table = compiled.routing
        let h = TextFormat.html.escape
        let graph = CallFlowGraph(table)
        var page = Page(title: "\(table.customer.name) – pbxc", language: table.customer.language)
        page.add("<h1>\(h(table.customer.name))</h1>")
        page.add("<p class=\"meta\">\(h(table.customer.id)) · \(h(table.customer.country)) · \(h(table.customer.timezone)) · company number \(h(table.outbound.companyNumber))</p>")

        page.add("<h2 id=\"numberplan\">Numberplan</h2>")
        let states = StateLabels(table: table)
        page.table(caption: "Held numbers and where calls to them go",
                   header: ["Numbers", "Entry", "Open", "Closed", "Holiday"],
                   rows: graph.numberRuns.map { run in
                       [run.count == 1 ? run.first : "\(run.first) – \(run.last) (\(run.count))", states.label(run.entry),
                        states.describe(run.entry, .open), states.describe(run.entry, .closed),
                        states.describe(run.entry, .holiday)]
                   })
        page.table(caption: "Extensions", header: ["Extension", "Goes to"],
                   rows: table.extensions.sorted { $0.key < $1.key }.map { [$0.key, states.label($0.value)] })

        page.add("<h2 id=\"callflow\">Call flow</h2>")
        if let svg {
            let drawing = String(decoding: svg.contents, as: UTF8.self)
            let start = drawing.range(of: "<svg")?.lowerBound ?? drawing.startIndex
            page.add("<figure role=\"img\" aria-label=\"Call-flow diagram of \(h(table.customer.name))\">\(drawing[start...])</figure>")
        } else {
            page.add("<p>Graphviz was not installed when this page was built; the diagram in Mermaid (\(h(MermaidEmitter.path))):</p>")
            page.add("<pre>\(h(String(decoding: mermaid.contents, as: UTF8.self)))</pre>")
        }

        page.add("<h2 id=\"groups\">Hunt groups and menus</h2>")
        var rows: [[String]] = []
        for case .huntGroup(let g) in table.nodes.sorted(by: { $0.key < $1.key }).map(\.value) {
            rows.append(["Hunt group \(g.id)", g.name, "\(g.policy.rawValue); \(g.ringSeconds) s per member",
                         g.members.map(states.label).joined(separator: ", "),
                         g.overflowTo.map { "after \(g.overflowSeconds ?? 0) s: \(states.label($0))" } ?? "none"])
        }
        for case .menu(let m) in table.nodes.sorted(by: { $0.key < $1.key }).map(\.value) {
            let keys = m.open.keys.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.to.map(states.label) ?? $0.value.action.rawValue)" }
            rows.append(["Menu \(m.id)", m.name, "open: \(m.officeHours ?? "always")", keys.joined(separator: "; "),
                         m.closed.map { $0.to.map(states.label) ?? "closed menu" } ?? "–"])
        }
        page.table(caption: "Hunt groups (policy, members in order, overflow) and menus (keys when open, closed branch)",
                   header: ["", "Name", "How", "Members / keys", "Overflow / closed"], rows: rows)

        page.add("<h2 id=\"devices\">Devices</h2>")
        page.table(caption: "Phones, with the file each fetches", header: ["User", "Model", "MAC", "Provisioning file"],
                   rows: compiled.provisioning.devices.map { d in
                       [d.endpoint.displayName, d.model.id, d.endpoint.mac,
                        ProvisioningEmitter.fileNames(d).map { "provisioning/" + $0 }.joined(separator: ", ")]
                   })
        if !compiled.porting.isEmpty {
            page.add("<h2 id=\"porting\">Porting</h2>")
            page.table(caption: "Porting requests", header: ["Request", "Status", "Numbers", "Wanted", "Earliest"],
                       rows: compiled.porting.map { p in
                           [p.id, p.status, p.numbers.map { $0.count == 1 ? $0.first : "\($0.first) – \($0.last)" }.joined(separator: ", "),
                            p.wantedDate ?? "", p.earliestDate ?? ""]
                       })
        }
        if !compiled.moves.isEmpty {
            page.add("<h2 id=\"moves\">Moves between partners</h2>")
            page.table(caption: "Moves (customer offline during the move)", header: ["Move", "Status", "Numbers", "From partner", "Date"],
                       rows: compiled.moves.map { m in
                           [m.id, m.status, m.numbers.map { $0.count == 1 ? $0.first : "\($0.first) – \($0.last)" }.joined(separator: ", "),
                            m.previousPartner ?? "", m.moveDate ?? ""]
                       })
        }
        if !compiled.orders.isEmpty {
            page.add("<h2 id=\"orders\">Orders</h2>")
            page.table(caption: "Orders", header: ["Order", "Status", "One-off", "Monthly"],
                       rows: compiled.orders.map { [$0.id, $0.status, $0.totals.oneOff, $0.totals.monthly] })
        }
        return EmittedFile(path: path, text: page.html)
    }
}

/// The start of every pbxc HTML page: language, title and a print-friendly style.
struct Page {
    private var body: String

    /// The whole page.
    var html: String { body + "</body>\n</html>\n" }

    init(title: String, language: String) {
        body = """
        <!DOCTYPE html>
        <html lang="\(TextFormat.html.escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(TextFormat.html.escape(title))</title>
        <style>
          body { font-family: system-ui, sans-serif; margin: 2rem; color: #111; max-width: 70rem; }
          h1 { margin-bottom: 0; } .meta { color: #444; margin-top: .2rem; }
          table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
          caption { text-align: left; font-weight: 600; margin-bottom: .3rem; }
          th, td { border: 1px solid #999; padding: .25rem .5rem; text-align: left; vertical-align: top; }
          th { background: #eee; }
          figure { margin: 1rem 0; overflow-x: auto; } svg { max-width: 100%; height: auto; }
          @media print { body { margin: 0; } h2 { break-before: auto; } table, figure { break-inside: avoid; } }
        </style>
        </head>
        <body>

        """
    }

    mutating func add(_ line: String) {
        body += line + "\n"
    }

    mutating func table(caption: String, header: [String], rows: [[String]]) {
        let h = TextFormat.html.escape
        add("<table>\n<caption>\(h(caption))</caption>")
        add("<thead><tr>" + header.map { "<th scope=\"col\">\(h($0))</th>" }.joined() + "</tr></thead>")
        add("<tbody>")
        for row in rows {
            add("<tr>" + row.enumerated().map { $0.offset == 0 ? "<th scope=\"row\">\(h($0.element))</th>" : "<td>\(h($0.element))</td>" }.joined() + "</tr>")
        }
        add("</tbody>\n</table>")
    }
}
