import Foundation

/// `index.html` at the top of a build: every customer with a link to its page and
/// the number of warnings its check gave.
public enum RepositoryIndexEmitter {
    public struct Entry: Sendable {
        public var id: String
        public var name: String
        public var warnings: Int

        public init(id: String, name: String, warnings: Int) {
            self.id = id
            self.name = name
            self.warnings = warnings
        }
    }

    public static func emit(_ customers: [Entry], partner: String?) -> EmittedFile {
        let h = TextFormat.html.escape
        var page = Page(title: "Customers – pbxc", language: "en")
        page.add("<h1>Customers\(partner.map { " of \(h($0))" } ?? "")</h1>")
        page.add("<table>\n<caption>\(customers.count) customer\(customers.count == 1 ? "" : "s")</caption>")
        page.add("<thead><tr><th scope=\"col\">Customer</th><th scope=\"col\">Id</th><th scope=\"col\">Warnings</th></tr></thead>\n<tbody>")
        for c in customers.sorted(by: { $0.id < $1.id }) {
            page.add("<tr><th scope=\"row\"><a href=\"\(h(c.id))/index.html\">\(h(c.name))</a></th><td>\(h(c.id))</td><td>\(c.warnings)</td></tr>")
        }
        page.add("</tbody>\n</table>")
        return EmittedFile(path: "index.html", text: page.html)
    }
}
