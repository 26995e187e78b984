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
        XCTAssertEqual(built.map(\.id).sorted(), ["acme", "bakkerij-jansen", "brussel-dental", "erable-montreal", "kanzlei-weber",
                                                "zorg-noord"])
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

    func testEveryCustomerGetsTheRoutingFilesAndOnlySecretFilesArePrivate() throws {
        for customer in try builtExamples() {
            let paths = Set(customer.files.map(\.path))
            for name in ["extensions.conf", "pjsip.conf", "queues.conf", "voicemail.conf", "musiconhold.conf", "routing.json"] {
                XCTAssertTrue(paths.contains("\(customer.id)/routing/\(name)"), name)
            }
            // Device passwords, voicemail PINs and the provisioning server's password hashes.
            let devicePaths = paths.filter {
                $0.hasPrefix("\(customer.id)/provisioning/") || $0.hasPrefix("\(customer.id)/nginx/") || $0.hasSuffix(".zip")
            }
            XCTAssertEqual(customer.privatePaths, devicePaths.union(["\(customer.id)/routing/pjsip.conf",
                                                                     "\(customer.id)/routing/voicemail.conf"]))
        }
    }

    /// Mailboxes deliver to `voicemail.email`, else the user's own `email`, with the
    /// copy address as a second mailbox; PINs are six digits from the master key and
    /// appear in voicemail.conf only.
    func testVoicemailConfReachesPeople() throws {
        let built = try builtExamples()
        let zorg = try XCTUnwrap(built.first { $0.id == "zorg-noord" })
        let conf = text(try XCTUnwrap(zorg.files.first { $0.path == "zorg-noord/routing/voicemail.conf" }))
        let anna = try XCTUnwrap(conf.split(separator: "\n").first { $0.hasPrefix("301 => ") })
        let fields = anna.dropFirst("301 => ".count).split(separator: ",", omittingEmptySubsequences: false)
        XCTAssertEqual(fields.count, 5)
        XCTAssertTrue(fields[0].count == 6 && fields[0].allSatisfy(\.isNumber), "PIN: \(fields[0])")
        XCTAssertEqual(fields[1], "Anna Smit")
        XCTAssertEqual(fields[2], "anna@zorg-noord.example")  // the user's own e-mail
        XCTAssertTrue(fields[4].contains("attach=yes") && fields[4].contains("attachfmt=wav") && fields[4].contains("language=nl"))
        XCTAssertTrue(conf.contains("301-copy => \(fields[0]),Anna Smit,praktijk@zorg-noord.example,"))
        // Bram takes no messages: no mailbox, but dial by name lists every user with an extension.
        XCTAssertFalse(conf.contains("\n302 => 1") || conf.contains("\n302 => 2"))
        XCTAssertTrue(conf.contains("[zorg-noord-directory]\n301 => ,Anna Smit,,,hidefromdir=no\n302 => ,Bram Visser,"))
        // The PIN is nowhere else.
        for file in zorg.files where file.path != "zorg-noord/routing/voicemail.conf" && !file.path.hasSuffix(".zip") {
            XCTAssertFalse(text(file).contains(String(fields[0])) && file.path.hasSuffix(".conf"), file.path)
        }
        let dialplan = text(try XCTUnwrap(zorg.files.first { $0.path == "zorg-noord/routing/extensions.conf" }))
        XCTAssertTrue(dialplan.contains("VoiceMail(301@zorg-noord&301-copy@zorg-noord,s)"))
        XCTAssertTrue(dialplan.contains("Directory(zorg-noord-directory,zorg-noord-dial-by-extension,b)"))
        XCTAssertTrue(dialplan.contains("Queue(zorg-noord-balie,r,,,30)"))
        XCTAssertTrue(dialplan.contains("exten => 1233,1,Answer()"))
        XCTAssertTrue(dialplan.contains("Set(CHANNEL(language)=nl)"))
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
