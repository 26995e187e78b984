import Compiler
import Emitters
import Foundation
import TestSupport
import XCTest

/// The order documents: seed 000 §2's order totals €25.00 one-off and €70.00 a
/// month, in the JSON and in the PDF's text.
final class OrderDocumentTests: XCTestCase {
    func testSeedOrderTotals() throws {
        let files = try builtExamples().flatMap(\.files)
        let json = try XCTUnwrap(files.first { $0.path == "acme/orders/co941-4031.json" })
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: json.contents) as? [String: Any])
        let totals = try XCTUnwrap(doc["totals"] as? [String: String])
        XCTAssertEqual(totals, ["one_off": "25.00", "monthly": "70.00"])
        let lines = try XCTUnwrap(doc["lines"] as? [[String: Any]])
        XCTAssertEqual(lines.map { $0["monthly"] as? String }, ["0.00", "60.00", "10.00"])
        XCTAssertNotNil(doc["customer"], "a new customer's export carries the customer")

        let pdf = try XCTUnwrap(files.first { $0.path == "acme/orders/co941-4031.pdf" })
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pbxc-order-\(UUID().uuidString).pdf")
        try pdf.contents.write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-layout", folder.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertTrue(text.contains("€25.00"), text)
        XCTAssertTrue(text.contains("€70.00"), text)
        XCTAssertTrue(text.contains("NL91ABNA0417164300"))
    }
}
