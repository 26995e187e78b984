import Compiler
import Foundation
import Domain

/// `<customer>/index.html`: one static page (no scripts, no external assets, prints
/// on A4) in the customer's language (`PageText`), numbers as the customer's country
/// writes them: the numberplan — where each held number goes when open, closed and on
/// a holiday — the extensions, the call-flow diagram (the SVG when Graphviz drew one),
/// groups and menus, devices with their provisioning file (never a secret), porting
/// requests, moves and orders, and a link to every file built for the customer.
public enum OverviewPageEmitter {
    public static let path = "index.html"

    /// `files`: the paths of the customer's other outputs (relative to its folder), linked.
    public static func emit(_ compiled: CompiledCustomer, svg: EmittedFile?, mermaid: EmittedFile,
                            files: [String] = []) -> EmittedFile {
        let table = compiled.routing
        let h = TextFormat.html.escape
        let t = PageText(table.customer.language)
        let locale = DocumentLocale(language: table.customer.language, country: table.customer.country)
        func number(_ e164: String) -> String { locale.phone(e164) }
        func blocks(_ blocks: [PortingDocument.NumberBlock]) -> String {
            blocks.map { $0.count == 1 ? number($0.first) : "\(number($0.first)) – \(number($0.last))" }.joined(separator: ", ")
        }
        func day(_ iso: String?) -> String { iso.map(locale.date) ?? "" }
        let graph = CallFlowGraph(table)
        var page = Page(title: table.customer.name, language: t.language)
        page.add("<h1>\(h(table.customer.name))</h1>")
        page.add("<p class=\"meta\">\(h(table.customer.id)) · \(h(table.customer.country)) · \(h(table.customer.timezone)) · \(h(t["company_number", number(table.outbound.companyNumber)]))</p>")

        page.add("<h2 id=\"numberplan\">\(h(t["numberplan"]))</h2>")
        var states = StateLabels(table: table)
        states.text = t
        states.locale = locale
        page.table(caption: t["held_caption"],
                   header: [t["numbers"], t["entry"], t["open"], t["closed"], t["holiday"]],
                   rows: graph.numberRuns.map { run in
                       [run.count == 1 ? number(run.first) : "\(number(run.first)) – \(number(run.last)) (\(run.count))",
                        states.label(run.entry), states.describe(run.entry, .open), states.describe(run.entry, .closed),
                        states.describe(run.entry, .holiday)]
                   })
        page.table(caption: t["extensions"], header: [t["extension"], t["goes_to"]],
                   rows: table.extensions.sorted { $0.key < $1.key }.map { [$0.key, states.label($0.value)] })

        page.add("<h2 id=\"callflow\">\(h(t["callflow"]))</h2>")
        if let svg {
            let drawing = String(decoding: svg.contents, as: UTF8.self)
            let start = drawing.range(of: "<svg")?.lowerBound ?? drawing.startIndex
            page.add("<figure role=\"img\" aria-label=\"\(h(t["diagram", table.customer.name]))\">\(drawing[start...])</figure>")
        } else {
            page.add("<p>\(h(t["no_graphviz", MermaidEmitter.path]))</p>")
            page.add("<pre>\(h(String(decoding: mermaid.contents, as: UTF8.self)))</pre>")
        }

        page.add("<h2 id=\"groups\">\(h(t["groups"]))</h2>")
        var rows: [[String]] = []
        for case .huntGroup(let g) in table.nodes.sorted(by: { $0.key < $1.key }).map(\.value) {
            rows.append([t["hunt_group", g.id], g.name, t["ring", g.policy.rawValue, String(g.ringSeconds)],
                         g.members.map(states.label).joined(separator: ", "),
                         g.overflowTo.map { t["after", String(g.overflowSeconds ?? 0), states.label($0)] } ?? t["none"]])
        }
        for case .menu(let m) in table.nodes.sorted(by: { $0.key < $1.key }).map(\.value) {
            let keys = m.open.keys.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.to.map(states.label) ?? $0.value.action.rawValue)" }
            rows.append([t["menu", m.id], m.name, t["open_hours", m.officeHours ?? t["always"]], keys.joined(separator: "; "),
                         m.closed.map { $0.to.map(states.label) ?? t["closed_menu"] } ?? "–"])
        }
        page.table(caption: t["groups_caption"], header: ["", t["name"], t["how"], t["members"], t["overflow"]], rows: rows)

        page.add("<h2 id=\"devices\">\(h(t["devices"]))</h2>")
        page.table(caption: t["devices_caption"], header: [t["user"], t["model"], t["mac"], t["provisioning_file"]],
                   rows: compiled.provisioning.devices.map { d in
                       [d.endpoint.displayName, d.model.id, d.endpoint.mac,
                        ProvisioningEmitter.fileNames(d).map { "provisioning/" + $0 }.joined(separator: ", ")]
                   })
        if !compiled.porting.isEmpty {
            page.add("<h2 id=\"porting\">\(h(t["porting"]))</h2>")
            page.table(caption: t["porting_caption"], header: [t["request"], t["status"], t["numbers"], t["wanted"], t["earliest"]],
                       rows: compiled.porting.map { p in [p.id, p.status, blocks(p.numbers), day(p.wantedDate), day(p.earliestDate)] })
        }
        if !compiled.moves.isEmpty {
            page.add("<h2 id=\"moves\">\(h(t["moves"]))</h2>")
            page.table(caption: t["moves_caption"], header: [t["move"], t["status"], t["numbers"], t["from_partner"], t["date"]],
                       rows: compiled.moves.map { m in [m.id, m.status, blocks(m.numbers), m.previousPartner ?? "", day(m.moveDate)] })
        }
        if !compiled.orders.isEmpty {
            page.add("<h2 id=\"orders\">\(h(t["orders"]))</h2>")
            page.table(caption: t["orders"], header: [t["order"], t["status"], t["one_off"], t["monthly"]],
                       rows: compiled.orders.map {
                           [$0.id, $0.status, locale.amount($0.totals.oneOff, currency: $0.currency),
                            locale.amount($0.totals.monthly, currency: $0.currency)]
                       })
        }
        if !files.isEmpty {
            page.add("<h2 id=\"files\">\(h(t["files"]))</h2>")
            page.add("<ul class=\"files\">")
            for file in files.sorted() {
                page.add("<li><a href=\"\(h(file))\">\(h(file))</a></li>")
            }
            page.add("</ul>")
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
