import Emitters
import Foundation
import XCTest

/// Every emitter's output for every example customer, against golden files under
/// Goldens/<customer>/ (re-record with PBXC_UPDATE_GOLDENS=1 and review the diff).
final class GoldenFileTests: XCTestCase {
    let goldens = packageRoot.appendingPathComponent("Tests/EmitterTests/Goldens")

    func testEveryEmittedFileMatchesItsGolden() throws {
        let built = try builtExamples()
        XCTAssertEqual(built.map(\.id).sorted(), ["acme", "bakkerij-jansen", "brussel-dental", "kanzlei-weber"])
        var expected = Set<String>()
        for customer in built {
            for file in customer.files {
                expected.insert(file.path)
                try assertGolden(text(file), goldens.appendingPathComponent(file.path))
            }
        }
        // No golden is left over from a file that is no longer written.
        let enumerator = FileManager.default.enumerator(atPath: goldens.path)
        var recorded = Set<String>()
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: goldens.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue { recorded.insert(path) }
        }
        XCTAssertEqual(recorded, expected)
    }

    func testEveryCustomerGetsTheFourRoutingFiles() throws {
        for customer in try builtExamples() {
            XCTAssertEqual(customer.files.map(\.path).sorted(), [
                "\(customer.id)/routing/extensions.conf", "\(customer.id)/routing/pjsip.conf",
                "\(customer.id)/routing/queues.conf", "\(customer.id)/routing/routing.json",
            ])
            XCTAssertEqual(customer.privatePaths, ["\(customer.id)/routing/pjsip.conf"])
        }
    }

    func testBuildsAreDeterministic() throws {
        let a = try builtExamples(), b = try builtExamples()
        XCTAssertEqual(a.map(\.files), b.map(\.files))
    }

    func testGeneratedPasswordsDependOnTheMasterKeyOnly() throws {
        var other = goldenEnvironment
        other["PBXC_MASTER_KEY"] = "another-key"
        let a = try builtExamples(), b = try builtExamples(environment: other)
        let pjsip = { (built: [CustomerBuild.Output]) in
            built.flatMap(\.files).filter { $0.path.hasSuffix("pjsip.conf") }.map(text)
        }
        XCTAssertNotEqual(pjsip(a), pjsip(b))
        // Routing tables never carry a secret, so they do not change.
        let routing = { (built: [CustomerBuild.Output]) in built.flatMap(\.files).filter { !$0.path.hasSuffix("pjsip.conf") } }
        XCTAssertEqual(routing(a), routing(b))
    }
}
