import Foundation
import TestSupport
import XCTest

/// A user's PIN code from a secret source becomes the mailbox PIN in voicemail.conf;
/// one that is not 4 to 8 digits stops the build without printing it.
final class UserPINTests: XCTestCase {
    static let customer = """
    customer: { id: acme, name: Acme B.V., country: NL }
    numbers: ["+31 88 765 4000 - +31 88 765 4009"]
    company: { number: "+31887654000", unassigned_numbers: voicemail }
    users:
      - { id: jan, name: Jan, extension: "201", email: jan@acme.example, voicemail: true, pin: { env: ACME_JAN_PIN } }
      - { id: piet, name: Piet, extension: "202", email: piet@acme.example, voicemail: true }
    """

    func build(pin: String) throws -> (run: Run, conf: String?) {
        let folder = try temporaryFolder(self)
        try "version: 1\nsecrets: { env_prefix: ACME_ }\n".write(to: folder.appendingPathComponent("pbxc.yaml"), atomically: true, encoding: .utf8)
        try Self.customer.write(to: folder.appendingPathComponent("acme.yaml"), atomically: true, encoding: .utf8)
        var environment = buildEnvironment
        environment["ACME_JAN_PIN"] = pin
        let out = folder.appendingPathComponent("out")
        let run = pbxc(["build", folder.appendingPathComponent("acme.yaml").path, "-o", out.path, "--today", "2026-11-21"],
                       environment: environment)
        return (run, try? String(contentsOf: out.appendingPathComponent("acme/routing/voicemail.conf"), encoding: .utf8))
    }

    func testTheWrittenPINIsTheMailboxPIN() throws {
        let (run, conf) = try build(pin: "482915")
        XCTAssertEqual(run.status, 0, run.err)
        let text = try XCTUnwrap(conf)
        XCTAssertTrue(text.contains("\n201 => 482915,Jan,"), text)
        // Piet's PIN is still generated: six digits, not Jan's.
        let piet = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("202 => ") })
        let pin = piet.dropFirst("202 => ".count).prefix { $0 != "," }
        XCTAssertTrue(pin.count == 6 && pin.allSatisfy(\.isNumber) && pin != "482915", String(piet))
    }

    func testAPINThatIsNotDigitsStopsTheBuildUnprinted() throws {
        let (run, conf) = try build(pin: "12ab34")
        XCTAssertEqual(run.status, 1)
        XCTAssertNil(conf)
        XCTAssertTrue(run.err.contains("error[secret-unresolved]: the PIN code of user `jan` is not 4 to 8 digits"), run.err)
        XCTAssertFalse(run.err.contains("12ab34"))
    }
}
