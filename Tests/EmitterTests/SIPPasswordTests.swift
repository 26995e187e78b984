import Build
import Compiler
import Diagnostics
import Emitters
import Foundation
import Parser
import TestSupport
import Validator
import XCTest

/// `sip_password`: the SIP account's secret, given instead of generated, lands in the
/// device's own files and pjsip.conf only, apart from the device password; a short one
/// is refused.
final class SIPPasswordTests: XCTestCase {
    static func yaml(_ sip: String) -> String {
        """
        version: 1
        customer: { id: acme, name: Acme B.V., country: NL, timezone: Europe/Amsterdam, language: nl }
        numbers: ["+31 88 765 4000 - +31 88 765 4009"]
        company: { number: "+31887654000", unassigned_numbers: voicemail }
        users:
          - id: jan
            name: Jan
            extension: "201"
            devices:
              - { model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: generate, sip_password: \(sip) }
              - { model: snom-d785, mac: "00:04:13:12:34:57", password: generate }
        """
    }

    func build(_ yaml: String, environment: [String: String]) -> (errors: [String], files: [EmittedFile]?) {
        var repository = testRepository
        let nowhere = SourceLocation(file: FileID(raw: 0), line: 0, column: 0, offset: 0)
        repository.secrets = RepositoryConfig.SecretSources(environment: [LString("ACME_JAN_SIP", at: nowhere)])
        let resolver = SecretResolver(source: SecretSource(environment: environment, root: packageRoot, declared: repository.secrets))
        var output: Result<CustomerBuild.Output, CustomerBuild.Failure>?
        let (diagnostics, _) = CustomerChecker.check(text: yaml, path: "acme.yaml", repository: repository) { context in
            output = CustomerBuild.build(context, inputs: CustomerBuild.Inputs(
                version: "test", year: 2026, repositoryDigest: "test", previous: [:]), resolver: resolver)
        }
        let errors = diagnostics.filter { $0.severity == .error }.map { "\($0.location.line):\($0.location.column) \($0.rule): \($0.message)" }
        return (errors, try? output?.get().files)
    }

    func testAGivenSIPPasswordIsInTheDeviceFilesAndPjsipOnly() throws {
        let secret = "Given-SIP-secret-0123456789"
        let (errors, built) = build(Self.yaml("{ env: ACME_JAN_SIP }"), environment: ["PBXC_MASTER_KEY": "k", "ACME_JAN_SIP": secret])
        let files = try XCTUnwrap(built, "\(errors)")
        let holding = files.filter { text($0).contains(secret) }.map(\.path).sorted()
        // (and the zip of the provisioning files, which holds that file)
        XCTAssertEqual(holding, ["acme.zip", "acme/provisioning/805ec0123456.cfg", "acme/routing/pjsip.conf"])
        let pjsip = text(try XCTUnwrap(files.first { $0.path == "acme/routing/pjsip.conf" }))
        XCTAssertEqual(BootChainTests.sipSecrets(pjsip)["acme-jan-1"], secret)
        // The other phone keeps a generated secret of its own, and the device password is another value.
        let generated = try XCTUnwrap(BootChainTests.sipSecrets(pjsip)["acme-jan-2"])
        XCTAssertEqual(generated.count, DeviceSecrets.sipSecretLength)
        let device = try SecretResolver(source: SecretSource(environment: ["PBXC_MASTER_KEY": "k"], root: packageRoot))
            .resolve(.generate, scope: "device/acme/jan/1").get()
        XCTAssertNotEqual(device, secret)
        XCTAssertFalse(text(try XCTUnwrap(files.first { $0.path == "acme/provisioning/805ec0123456.cfg" })).contains(device))
    }

    func testAShortSIPPasswordIsRefusedAtCheckAndAtBuild() throws {
        let literal = build(Self.yaml(#""Short-Sip-1""#), environment: ["PBXC_MASTER_KEY": "k"])
        XCTAssertNil(literal.files)
        XCTAssertTrue(literal.errors.contains { $0.hasPrefix("10:92 device-password") && $0.contains("has 11 characters") }, "\(literal.errors)")
        XCTAssertFalse(literal.errors.contains { $0.contains("Short-Sip-1") }, "the message never prints it")
        let read = build(Self.yaml("{ env: ACME_JAN_SIP }"), environment: ["PBXC_MASTER_KEY": "k", "ACME_JAN_SIP": "tooshort"])
        // An error of the build's check: `pbxc build` writes nothing.
        XCTAssertTrue(read.errors.contains { $0.contains("device-password") && $0.contains("8 characters") }, "\(read.errors)")
    }

    /// A given secret goes into pjsip.conf (`;` starts a comment there) and every
    /// vendor's format: characters that mean something in one of them are refused.
    func testASIPPasswordThatCouldInjectIsRefused() throws {
        for hostile in ["abcdefghij;klmnopqrstu", "abcdefghij\n[evil]\nklmnopq", "abcdefghij klmnopqrstu", "abcdefghij\"klmnopqrst"] {
            let read = build(Self.yaml("{ env: ACME_JAN_SIP }"), environment: ["PBXC_MASTER_KEY": "k", "ACME_JAN_SIP": hostile])
            XCTAssertTrue(read.errors.contains { ($0.contains("device-password") && $0.contains("holds a character it may not"))
                || ($0.contains("secret-unresolved") && $0.contains("SIP password") && $0.contains("control character")) }, "\(read.errors)")
            XCTAssertFalse(read.files?.contains { text($0).contains("abcdefghij") } ?? false, "never written")
        }
        let literal = build(Self.yaml(#""abcdefghij;klmnopqrstu""#), environment: ["PBXC_MASTER_KEY": "k"])
        XCTAssertTrue(literal.errors.contains { $0.contains("device-password") && $0.contains("holds a character") }, "\(literal.errors)")
    }

    func testAnUndeclaredSourceIsRefused() {
        let (errors, files) = build(Self.yaml("{ env: CI_JOB_TOKEN }"), environment: ["PBXC_MASTER_KEY": "k", "CI_JOB_TOKEN": String(repeating: "x", count: 30)])
        XCTAssertNil(files)
        XCTAssertTrue(errors.contains { $0.contains("secret-source") }, "\(errors)")
    }
}
