import Foundation

/// `index.html` at the top of a build: every customer with a link to its page, the
/// errors and warnings its check gave, the status of its porting requests and orders,
/// the partner's name and the build date (the build's `--today`, never the clock, so
/// that the bytes depend only on the inputs). One static file: a small inline script
/// searches and filters the rows, offline; without scripts every row shows. The
/// search can be given in the address (`index.html#q=bakker&show=warnings`, or as
/// query parameters), so a link can point at a filtered list.
public enum RepositoryIndexEmitter {
    public struct Entry: Sendable {
        public var id: String
        public var name: String
        public var warnings: Int
        public var errors: Int
        /// Statuses of its porting requests and moves, and of its orders.
        public var porting: [String]
        public var orders: [String]

        public init(id: String, name: String, warnings: Int, errors: Int = 0, porting: [String] = [], orders: [String] = []) {
            self.id = id
            self.name = name
            self.warnings = warnings
            self.errors = errors
            self.porting = porting
            self.orders = orders
        }
    }

    /// Statuses as "2 submitted, 1 draft" (in order of first appearance).
    static func summary(_ statuses: [String]) -> String {
        var order: [String] = [], counts: [String: Int] = [:]
        for status in statuses {
            if counts[status] == nil { order.append(status) }
            counts[status, default: 0] += 1
        }
        return order.map { "\(counts[$0]!) \($0)" }.joined(separator: ", ")
    }

    /// `built`: the build date, YYYY-MM-DD.
    public static func emit(_ customers: [Entry], partner: String?, built: String? = nil) -> EmittedFile {
        let h = TextFormat.html.escape
        var page = Page(title: partner.map { "Customers of \($0)" } ?? "Customers", language: "en")
        page.add("<h1>Customers\(partner.map { " of \(h($0))" } ?? "")</h1>")
        let sorted = customers.sorted(by: { $0.id < $1.id })
        let warned = customers.filter { $0.warnings > 0 }.count, failed = customers.filter { $0.errors > 0 }.count
        page.add("<p class=\"meta\">\(customers.count) customer\(customers.count == 1 ? "" : "s")"
            + " · \(failed) with errors · \(warned) with warnings\(built.map { " · built \(h($0))" } ?? "")</p>")
        page.add("""
        <form id="find" role="search" onsubmit="return false">
        <label for="q">Search</label> <input id="q" type="search" autocomplete="off" placeholder="name, id or status">
        <label for="show">Show</label> <select id="show">
        <option value="all">all customers</option>
        <option value="errors">with errors</option>
        <option value="warnings">with warnings</option>
        <option value="porting">with porting</option>
        <option value="orders">with orders</option>
        </select>
        <output id="shown" for="q show">\(customers.count) shown</output>
        </form>
        """)
        page.add("<table id=\"customers\">\n<caption>\(customers.count) customer\(customers.count == 1 ? "" : "s")</caption>")
        page.add("<thead><tr><th scope=\"col\">Customer</th><th scope=\"col\">Id</th><th scope=\"col\">Errors</th>"
            + "<th scope=\"col\">Warnings</th><th scope=\"col\">Porting</th><th scope=\"col\">Orders</th></tr></thead>\n<tbody>")
        for c in sorted {
            let porting = summary(c.porting), orders = summary(c.orders)
            let search = [c.id, c.name, porting, orders].joined(separator: " ").lowercased()
            page.add("<tr data-search=\"\(h(search))\" data-errors=\"\(c.errors)\" data-warnings=\"\(c.warnings)\""
                + " data-porting=\"\(c.porting.count)\" data-orders=\"\(c.orders.count)\">"
                + "<th scope=\"row\"><a href=\"\(h(c.id))/index.html\">\(h(c.name))</a></th><td>\(h(c.id))</td>"
                + "<td>\(c.errors)</td><td>\(c.warnings)</td><td>\(h(porting))</td><td>\(h(orders))</td></tr>")
        }
        page.add("</tbody>\n</table>")
        page.add("<script>\n\(script)\n</script>")
        return EmittedFile(path: "index.html", text: page.html)
    }

    /// Filters the rows by the search words (every word must occur in the row) and the
    /// chosen kind; reads `q` and `show` from the address's hash or query at load and
    /// writes them back to the hash as the user types.
    static let script = """
    (function () {
      var q = document.getElementById("q"), show = document.getElementById("show");
      var shown = document.getElementById("shown");
      var rows = Array.prototype.slice.call(document.querySelectorAll("#customers tbody tr"));
      function read(text) {
        var out = {};
        text.replace(/^[#?]/, "").split("&").forEach(function (pair) {
          var i = pair.indexOf("=");
          if (i > 0) out[decodeURIComponent(pair.slice(0, i))] = decodeURIComponent(pair.slice(i + 1).replace(/\\+/g, " "));
        });
        return out;
      }
      function apply() {
        var words = q.value.toLowerCase().split(/\\s+/).filter(Boolean), kind = show.value, count = 0;
        rows.forEach(function (row) {
          var text = row.getAttribute("data-search");
          var ok = words.every(function (w) { return text.indexOf(w) >= 0; })
            && (kind === "all" || Number(row.getAttribute("data-" + kind)) > 0);
          row.hidden = !ok;
          if (ok) count++;
        });
        shown.value = count + " shown";
      }
      var given = read(location.search), hash = read(location.hash);
      for (var key in hash) given[key] = hash[key];
      if (given.q) q.value = given.q;
      if (given.show && show.querySelector("option[value='" + given.show.replace(/[^a-z]/g, "") + "']")) show.value = given.show;
      function remember() {
        apply();
        var parts = [];
        if (q.value) parts.push("q=" + encodeURIComponent(q.value));
        if (show.value !== "all") parts.push("show=" + show.value);
        history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
      }
      q.addEventListener("input", remember);
      show.addEventListener("change", remember);
      apply();
    })();
    """
}
