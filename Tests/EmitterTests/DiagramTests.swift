import Compiler
@testable import Emitters
import Foundation
import TestSupport
import XCTest

/// Call-flow diagrams and overview pages.
final class DiagramTests: XCTestCase {
    func tool(_ name: String, _ arguments: [String], input: Data? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try? stdin.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile(), err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    func testTheSeedsDiagramShowsTheMenuAndItsBranches() throws {
        let acme = try XCTUnwrap(try compiledExamples()["acme"]).routing
        let graph = CallFlowGraph(acme)
        func edge(_ from: String, _ to: String, _ label: String?) -> Bool {
            graph.edges.contains { $0.from == from && $0.to == to && $0.label == label }
        }
        XCTAssertTrue(edge("number:+31887654000", "menu:main", nil), "088 765 4000 → main menu")
        XCTAssertTrue(edge("menu:main", "group:sales", "open key 1"))
        XCTAssertTrue(edge("menu:main", "group:support", "open key 2 (announced)"))
        XCTAssertTrue(edge("menu:main", "user:receptie", "open key 9"))
        XCTAssertTrue(edge("menu:main", "voicemail", "closed"), "the closed branch → company voicemail")
        let mermaid = MermaidEmitter.render(graph, title: "t")
        XCTAssertTrue(mermaid.contains(#"menu__main -->|"open key 1"| group__sales"#), mermaid)
    }

    func testMermaidReferencesOnlyDefinedNodesWithUniqueIDs() throws {
        for (_, compiled) in try compiledExamples() {
            let graph = CallFlowGraph(compiled.routing)
            let ids = graph.nodes.map { MermaidEmitter.id($0.id) }
            XCTAssertEqual(ids.count, Set(ids).count)
            for edge in graph.edges {
                XCTAssertTrue(ids.contains(MermaidEmitter.id(edge.from)) && ids.contains(MermaidEmitter.id(edge.to)), "\(edge)")
            }
            // Every line is a node or an edge of the grammar pbxc writes.
            let text = MermaidEmitter.render(graph, title: compiled.routing.customer.name)
            for line in text.split(separator: "\n").dropFirst(4) {
                XCTAssertNotNil(line.wholeMatch(of: #/  [A-Za-z0-9_]+(\(\[|\{\{|\[\[|\[\(|>|\(\(|\[)"[^"]*"(\]\)|\}\}|\]\]|\)\]|\]|\)\)) ?|  [A-Za-z0-9_]+ (-->|-\.->)(\|"[^"]*"\|)? [A-Za-z0-9_]+/#), String(line))
            }
        }
        XCTAssertEqual(MermaidEmitter.id("user:a-b.c_d"), "user__a_hb_dc_ud")
        XCTAssertNotEqual(MermaidEmitter.id("user:a-b"), MermaidEmitter.id("user:a_b"))
    }

    func testDotParsesEveryDiagramAndHostileNames() throws {
        for customer in try builtExamples() {
            let dot = try XCTUnwrap(customer.files.first { $0.path.hasSuffix("callflow.dot") })
            let run = try tool("dot", ["-Tsvg"], input: dot.contents)
            XCTAssertEqual(run.status, 0, "\(customer.id): \(run.err)")
            XCTAssertTrue(run.out.contains("<svg"))
        }
        let quoted = DOTEmitter.quoted("a \"b\" \\ c\nd")
        XCTAssertEqual(quoted, #""a \"b\" \\ c\nd""#)
        let run = try tool("dot", ["-Tsvg"], input: Data("digraph g { \(quoted) -> x; }".utf8))
        XCTAssertEqual(run.status, 0, run.err)
    }

    /// The page in a real browser: Debian's chromium renders it headless; its DOM
    /// holds the numberplan with the example's numbers and the diagram, and the
    /// browser reports no console errors.
    func testOverviewPageRendersInHeadlessChromium() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pbxc-page-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let acme = try XCTUnwrap(try builtExamples().first { $0.id == "acme" })
        let page = try XCTUnwrap(acme.files.first { $0.path == "acme/index.html" })
        let file = folder.appendingPathComponent("index.html")
        try page.contents.write(to: file)
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
                     "--user-data-dir=\(folder.path)/profile"]
        let dom = try tool("chromium", flags + ["--dump-dom", file.absoluteString])
        XCTAssertEqual(dom.status, 0, dom.err)
        // In national format, as the customer writes them.
        for number in ["085 487 9610", "088 765 4000 – 088 765 4010 (11)", "088 765 4020"] {
            XCTAssertTrue(dom.out.contains(number), "numberplan lacks \(number)")
        }
        XCTAssertTrue(dom.out.contains("<svg"), "the diagram is on the page")
        XCTAssertTrue(dom.out.contains("<html lang=\"nl\""), "in the customer's language")
        XCTAssertTrue(dom.out.contains("Nummerplan"))
        for link in ["orders/co941-4031.pdf", "porting/port-2026-001.pdf", "routing/routing.json"] {
            XCTAssertTrue(dom.out.contains("href=\"\(link)\""), "links \(link)")
        }
        XCTAssertFalse(dom.err.contains("CONSOLE"), dom.err)
        let shot = folder.appendingPathComponent("page.png")
        let screenshot = try tool("chromium", flags + ["--screenshot=\(shot.path)", "--window-size=1280,2400", file.absoluteString])
        XCTAssertEqual(screenshot.status, 0, screenshot.err)
        let png = try Data(contentsOf: shot)
        XCTAssertTrue(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 50_000, "a real screenshot")
    }
}
