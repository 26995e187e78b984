import Emitters
import Foundation
import TestSupport
import XCTest

/// The repository's index page in a real browser: 2,000 generated customers (no
/// build needed), searched and filtered by the page's own script from the address
/// (`#q=…&show=…`, or `?q=…`), and the rows Chromium leaves visible counted in its DOM.
final class IndexPageTests: XCTestCase {
    /// Chromium's DOM after load; stdout and stderr go to files (the DOM is large and
    /// Chromium logs to stderr: two pipes read one after the other could block).
    func dumpDOM(_ url: String, profile: URL) throws -> (status: Int32, dom: String, log: String) {
        let out = profile.appendingPathComponent("dom.html"), err = profile.appendingPathComponent("log.txt")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
                             "--user-data-dir=\(profile.path)/profile", "--dump-dom", url]
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }

    /// The ids of the rows not hidden.
    func visibleRows(_ dom: String) -> [String] {
        dom.components(separatedBy: "<tr data-search=").dropFirst().compactMap { row in
            let tag = row.prefix { $0 != ">" }
            guard !tag.contains(" hidden") else { return nil }
            guard let start = row.range(of: "<td>"), let end = row[start.upperBound...].range(of: "</td>") else { return nil }
            return String(row[start.upperBound..<end.lowerBound])
        }
    }

    func testSearchAndFilterTwoThousandCustomersInHeadlessChromium() throws {
        let entries = (1...2000).map { i in
            RepositoryIndexEmitter.Entry(
                id: String(format: "customer-%04d", i), name: i % 10 == 0 ? "Bakkerij \(i)" : "Klant \(i)",
                warnings: i % 7 == 0 ? 2 : 0, errors: 0, porting: i % 5 == 0 ? ["submitted"] : [],
                orders: i % 3 == 0 ? ["signed"] : [])
        }
        let page = RepositoryIndexEmitter.emit(entries, partner: "Example Telecom B.V.", built: "2026-12-02")
        let html = String(decoding: page.contents, as: UTF8.self)
        XCTAssertTrue(html.contains("Customers of Example Telecom B.V."))
        XCTAssertTrue(html.contains("built 2026-12-02"))
        XCTAssertFalse(html.contains("src=\"http"), "nothing from the network: works offline")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pbxc-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("index.html")
        try page.contents.write(to: file)

        // Nothing asked: every row.
        let all = try dumpDOM(file.absoluteString, profile: folder)
        XCTAssertEqual(all.status, 0, all.log)
        XCTAssertEqual(visibleRows(all.dom).count, 2000)
        XCTAssertFalse(all.log.contains("CONSOLE"), all.log)

        // "bakkerij" with warnings: every 10th customer that is also every 7th.
        let filtered = try dumpDOM(file.absoluteString + "#q=bakkerij&show=warnings", profile: folder)
        XCTAssertEqual(filtered.status, 0, filtered.log)
        let expected = (1...2000).filter { $0 % 70 == 0 }.map { String(format: "customer-%04d", $0) }
        XCTAssertEqual(visibleRows(filtered.dom), expected)
        XCTAssertTrue(filtered.dom.contains("\(expected.count) shown"), "the count follows the filter")
        XCTAssertFalse(filtered.log.contains("CONSOLE"), filtered.log)

        // A query parameter, several words (all must match), a status: porting submitted and orders.
        let query = try dumpDOM(file.absoluteString + "?q=klant%20submitted%20signed", profile: folder)
        XCTAssertEqual(visibleRows(query.dom), (1...2000).filter { $0 % 10 != 0 && $0 % 15 == 0 }
            .map { String(format: "customer-%04d", $0) })

        // Nothing matches: no row.
        let none = try dumpDOM(file.absoluteString + "#q=nobody", profile: folder)
        XCTAssertEqual(visibleRows(none.dom), [])
        XCTAssertTrue(none.dom.contains("0 shown"))
    }
}
