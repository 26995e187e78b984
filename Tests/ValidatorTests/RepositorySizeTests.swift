import Diagnostics
import TestSupport
import Validator
import XCTest

/// `repository-size` has no text example (it takes over a hundred full customers):
/// the facts of 101 customers of 20,000 numbers each cross the bound at the last entry.
final class RepositorySizeTests: XCTestCase {
    func facts(_ n: Int) -> CustomerFacts {
        let location = Diagnostic.Location(path: "customers/c\(n).yaml", line: 3, column: 12, length: 10)
        var facts = CustomerFacts(id: .init(value: "c\(n)", location: location), macs: [])
        let first = UInt64(31_880_000_000) + UInt64(n) * 20_000
        facts.numbers = [.init(first: first, last: first + 19_999, text: .init(value: "range \(n)", location: location))]
        return facts
    }

    func testTheEntryThatCrossesTheBoundIsReported() {
        let sink = DiagnosticSink(files: SourceFiles())
        CustomerChecker.checkRepository((0..<101).map(facts), sink: sink)
        let found = sink.diagnostics.filter { $0.rule == "repository-size" }
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.location.path, "customers/c100.yaml")

        let small = DiagnosticSink(files: SourceFiles())
        CustomerChecker.checkRepository((0..<100).map(facts), sink: small)
        XCTAssertFalse(small.diagnostics.contains { $0.rule == "repository-size" })
    }
}
