import Build
import Compiler
import Domain
import Emitters
import Foundation
import Parser
import TestSupport
import Validator
import XCTest
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Provisioning files: names, formats, escaping, the bundle, and that secrets stay in them.
final class ProvisioningTests: XCTestCase {
    /// Every example device gets exactly the file its vendor's phones ask for.
    func testOneFileSetPerDeviceNamedAsTheVendorExpects() throws {
        let built = Dictionary(uniqueKeysWithValues: try builtExamples().map { ($0.id, Set($0.files.map(\.path))) })
        let expected: [String: [String]] = [
            "acme": ["805ec0123456.boot", "805ec0123456.cfg", "805ec0123457.boot", "805ec0123457.cfg", "805ec0123458.boot",
                     "805ec0123458.cfg", "y000000000096.cfg", "y000000000108.cfg",
                     "0004134A5B6C.xml", "snomD785.htm", "snomD785.xml", "snomD785-0004134A5B6C.htm"],
            "bakkerij-jansen": ["cfgc074ad112233.xml"],
            "brussel-dental": ["249ad8102030.boot", "249ad8102030.cfg", "y000000000146.cfg"],
            "kanzlei-weber": ["64167faabb01-pbxc.cfg", "000000000000.cfg", "000413AABB02.xml", "snomD735.htm", "snomD735.xml",
                              "snomD735-000413AABB02.htm", "kanzlei-weber-schulz-2.html", "f8a5c5aabb03.xml", "8851-3PCC.xml",
                              "0c383eaabb04.cfg", "cfgc074adaabb05.xml"],
        ]
        for (customer, names) in expected {
            let provisioning = Set(names.map { "\(customer)/provisioning/\($0)" } + ["\(customer)/provisioning/SHA256SUMS"])
            XCTAssertEqual(built[customer]?.filter { $0.contains("/provisioning/") }, provisioning, customer)
        }
    }

    func testXMLFilesAreWellFormed() throws {
        var parsed = 0
        for file in try builtExamples().flatMap(\.files) where text(file).hasPrefix("<?xml") {
            XCTAssertNoThrow(try XMLDocument(data: file.contents, options: []), file.path)
            parsed += 1
        }
        XCTAssertGreaterThanOrEqual(parsed, 6)
    }

    func testYealinkFilesAreKeyValueWithTheDocumentedKeys() throws {
        let files = try builtExamples().flatMap(\.files).filter { $0.path.hasSuffix(".cfg") && text($0).hasPrefix("#!version") }
        XCTAssertGreaterThanOrEqual(files.count, 4)
        for file in files {
            var keys = Set<String>()
            for line in text(file).split(separator: "\n") where !line.hasPrefix("#") {
                let parts = line.split(separator: "=", maxSplits: 1)
                XCTAssertEqual(parts.count, 2, "\(file.path): `\(line)`")
                XCTAssertTrue(parts[0].hasSuffix(" ") && parts[1].hasPrefix(" "), "\(file.path): `\(line)`")
                keys.insert(parts[0].trimmingCharacters(in: .whitespaces))
            }
            let required = file.path.contains("/y000000000")
                ? ["local_time.ntp_server1", "local_time.time_zone", "lang.gui"]
                : ["account.1.user_name", "account.1.auth_name", "account.1.password", "account.1.display_name",
                   "account.1.sip_server.1.address", "static.security.user_password", "voice_mail.number.1"]
            XCTAssertTrue(keys.isSuperset(of: required), "\(file.path) lacks \(Set(required).subtracting(keys))")
        }
    }

    /// A customer with every device vendor, hostile text everywhere it may go.
    static let hostile = #"""
    version: 1
    customer: { id: hostile, name: "Evil & <Co> \"--\" ]]> 'x'", country: NL, timezone: Europe/Amsterdam, language: nl }
    numbers: ["+31887654000"]
    company: { number: "+31887654000" }
    users:
      - id: jan
        name: "Jan <b>\"Bad\"</b> & 'Co' ]]> -- ; = # {{x}}"
        extension: "201"
        number: "+31887654000"
        devices:
          - { model: yealink-t54w, mac: "80:5E:C0:00:00:01", password: generate, keys: [{ type: blf, target: piet, label: "<x>&\"y\";z=1" }] }
          - { model: snom-d785, mac: "00:04:13:00:00:02", password: generate, keys: [{ type: blf, target: piet, label: "<x>&" }] }
          - { model: poly-vvx450, mac: "64:16:7F:00:00:03", password: generate, keys: [{ type: blf, target: piet, label: "\"" }] }
          - { model: grandstream-grp2614, mac: "C0:74:AD:00:00:04", password: generate, keys: [{ type: blf, target: piet, label: "</P3>" }] }
          - { model: fanvil-x6u, mac: "0C:38:3E:00:00:05", password: generate, keys: [{ type: blf, target: piet, label: "]]>" }] }
          - { model: cisco-8851, mac: "F8:A5:C5:00:00:06", password: generate, keys: [{ type: blf, target: piet, label: "a;nme=b" }] }
          - { model: generic-sip, mac: "00:1A:2B:00:00:07", password: generate }
      - { id: piet, name: Piet, extension: "202" }
    """#

    func build(_ yaml: String, environment: [String: String] = ["PBXC_MASTER_KEY": "k"])
        -> (diagnostics: [String], files: [EmittedFile]?) {
        let resolver = SecretResolver(source: SecretSource(environment: environment, root: packageRoot))
        var output: Result<CustomerBuild.Output, CustomerBuild.Failure>?
        let (diagnostics, _) = CustomerChecker.check(text: yaml, path: "hostile.yaml", repository: testRepository) { context in
            output = CustomerBuild.build(context, inputs: CustomerBuild.Inputs(
                version: "test", year: 2026, repositoryDigest: "test", previous: [:]), resolver: resolver)
        }
        let errors = diagnostics.filter { $0.severity == .error }.map { "\($0.rule): \($0.message)" }
        return (errors, try? output?.get().files)
    }

    func testHostileNamesCannotBreakAnyFormat() throws {
        let (errors, built) = build(Self.hostile)
        let files = try XCTUnwrap(built, "\(errors)")
        for file in files where file.path.contains("/provisioning/") {
            let content = text(file)
            if content.hasPrefix("<?xml") {
                XCTAssertNoThrow(try XMLDocument(data: file.contents, options: []), file.path)
                XCTAssertFalse(content.contains("<b>"), file.path)
            }
            if content.hasPrefix("#!version") {
                // Every line is still one setting: nothing was injected.
                for line in content.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("include:config \"") {
                    XCTAssertEqual(line.split(separator: "=", maxSplits: 1).count, 2, "\(file.path): \(line)")
                }
            }
            if file.path.hasSuffix(".html") {
                XCTAssertFalse(content.contains("<b>"))
                XCTAssertTrue(content.contains("&lt;b&gt;"))
            }
        }
        let cisco = try XCTUnwrap(files.first { $0.path.hasSuffix("f8a5c5000006.xml") })
        XCTAssertTrue(text(cisco).contains("nme=anme"), "a label cannot add a field to a Cisco key")
    }

    func testLineBreaksInNamesAreRefusedNotWritten() {
        let yaml = Self.hostile.replacingOccurrences(of: #"name: "Jan <b>"#, with: #"name: "Jan\nstatic.evil = 1 <b>"#)
        let (errors, files) = build(yaml)
        XCTAssertNil(files)
        XCTAssertTrue(errors.contains { $0.hasPrefix("device-text") }, "\(errors)")
    }

    /// Without PBXC_MASTER_KEY every device is a finding (so `pbxc build` writes
    /// nothing), and no device file is made with a missing password.
    func testWithoutTheMasterKeyEveryDeviceIsAFinding() throws {
        let (errors, files) = build(Self.hostile, environment: [:])
        XCTAssertEqual(errors.filter { $0.hasPrefix("secret-unresolved") }.count, 7, "\(errors)")
        XCTAssertEqual(files?.filter { $0.path.contains("/provisioning/") }.count ?? 0, 0)
    }

    func testTheZipHoldsExactlyTheProvisioningFiles() throws {
        // A customer without devices (erable-montreal) has no bundle.
        for customer in try builtExamples() where customer.files.contains(where: { $0.path.contains("provisioning/") }) {
            let zip = try XCTUnwrap(customer.files.first { $0.path == "\(customer.id).zip" })
            let archive = try Archive(data: zip.contents, accessMode: .read)
            var entries: [String: Data] = [:]
            for entry in archive {
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                entries[entry.path] = data
                XCTAssertEqual(entry.fileAttributes[.posixPermissions] as? Int, 0o600, entry.path)
            }
            let provisioning = customer.files.filter { $0.path.hasPrefix("\(customer.id)/provisioning/") }
            XCTAssertEqual(entries, Dictionary(uniqueKeysWithValues: provisioning.map {
                (String($0.path.dropFirst("\(customer.id)/provisioning/".count)), $0.contents)
            }))
            XCTAssertEqual(Array(entries.keys).sorted(), archive.map(\.path), "entries are sorted")
        }
    }

    func testTheZipDoesNotDependOnTheTimeZone() throws {
        let files = [EmittedFile(path: "provisioning/a.cfg", text: "a = 1\n")]
        let here = try ProvisioningBundle.zip(files, path: "x.zip")
        setenv("TZ", "America/Los_Angeles", 1)
        tzset()
        defer { unsetenv("TZ"); tzset() }
        NSTimeZone.resetSystemTimeZone()
        let there = try ProvisioningBundle.zip(files, path: "x.zip")
        NSTimeZone.resetSystemTimeZone()
        XCTAssertEqual(here, there)
    }

    /// Every secret of the build (SIP and admin passwords) appears only in files that
    /// must carry it: device files, the bundle, pjsip.conf.
    func testSecretsOnlyInDeviceFiles() throws {
        let built = try builtExamples()
        let layout = try RepositoryLayout.discover(paths: ["examples"], currentDirectory: packageRoot)
        let resolver = SecretResolver(source: SecretSource(environment: goldenEnvironment, root: layout.root))
        let (_, outputs) = RepositoryChecker(layout: layout).run { context -> [String] in
            let compiled = RoutingCompiler.compile(context.checked, year: 2026)
            return DeviceSecrets.resolveAll(compiled.endpoints, customer: context.customer.id ?? "", resolver: resolver,
                                            context: context).values.flatMap { [$0.sip, $0.admin] }
        }
        let secrets = outputs.compactMap { $0 }.flatMap { $0 }
        XCTAssertGreaterThan(secrets.count, 20)
        let privatePaths = Set(built.flatMap(\.privatePaths))
        for file in built.flatMap(\.files) where !privatePaths.contains(file.path) {
            let content = text(file)
            for secret in secrets { XCTAssertFalse(content.contains(secret), "\(file.path) holds a secret") }
        }
    }
}
