import Build
import Emitters
import Foundation
import TestSupport
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
            // The zip is checked by ProvisioningTests (its entries are these files), the
            // PDFs by PortingDocumentTests (their text, through pdftotext).
            for file in customer.files where !file.path.hasSuffix(".zip") && !file.path.hasSuffix(".pdf") {
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

    func testEveryCustomerGetsTheFourRoutingFilesAndOnlyDeviceFilesArePrivate() throws {
        for customer in try builtExamples() {
            let paths = Set(customer.files.map(\.path))
            for name in ["extensions.conf", "pjsip.conf", "queues.conf", "routing.json"] {
                XCTAssertTrue(paths.contains("\(customer.id)/routing/\(name)"), name)
            }
            let devicePaths = paths.filter {
                $0.hasPrefix("\(customer.id)/provisioning/") || $0.hasPrefix("\(customer.id)/nginx/") || $0.hasSuffix(".zip")
            }
            XCTAssertEqual(customer.privatePaths, devicePaths.union(["\(customer.id)/routing/pjsip.conf"]))
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
        // Only device files carry secrets; nothing else changes.
        let routing = { (built: [CustomerBuild.Output]) in
            built.flatMap { customer in customer.files.filter { !customer.privatePaths.contains($0.path) } }
        }
        XCTAssertEqual(routing(a), routing(b))
    }
}
