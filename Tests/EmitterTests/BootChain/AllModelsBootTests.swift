import Build
import Compiler
import Domain
import Emitters
import Foundation
import TestSupport
import XCTest

/// A phone of every model of the device catalog (the fixture repository `AllModels`:
/// Sydney, English) booted from factory — only its MAC and model known — along its
/// vendor's documented chain, from the build output and through Debian's nginx over
/// HTTPS with its own credentials. A catalog model without a phone here fails.
final class AllModelsBootTests: XCTestCase {
    static let repository = "Tests/EmitterTests/BootChain/AllModels"
    static let customer = "alle-modellen"

    /// Catalog id → the phone as it knows itself (vendor, model as printed, MAC), from
    /// the fixture's YAML and the vendors' documentation — not from the emitter. The
    /// generic SIP phone has no boot chain: its sheet is checked instead.
    static let phones: [String: (vendor: BootChainPhone.Vendor?, model: String, mac: String)] = [
        "yealink-t54w": (.yealink, "T54W", "805ec0aa0001"), "yealink-t53w": (.yealink, "T53W", "805ec0aa0002"),
        "yealink-t57w": (.yealink, "T57W", "805ec0aa0003"), "yealink-t46u": (.yealink, "T46U", "805ec0aa0004"),
        "yealink-t43u": (.yealink, "T43U", "805ec0aa0005"), "yealink-w73p": (.yealink, "W73P", "805ec0aa0006"),
        "snom-d785": (.snom, "D785", "000413aa0007"), "snom-d735": (.snom, "D735", "000413aa0008"),
        "snom-d717": (.snom, "D717", "000413aa0009"),
        "poly-vvx450": (.poly, "VVX450", "64167faa0010"), "poly-vvx250": (.poly, "VVX250", "64167faa0011"),
        "poly-edge-e350": (.poly, "EdgeE350", "64167faa0012"), "poly-edge-e450": (.poly, "EdgeE450", "64167faa0013"),
        "grandstream-grp2614": (.grandstream, "GRP2614", "c074adaa0014"),
        "grandstream-grp2612": (.grandstream, "GRP2612", "c074adaa0015"),
        "grandstream-gxp2170": (.grandstream, "GXP2170", "c074adaa0016"),
        "fanvil-x6u": (.fanvil, "X6U", "0c383eaa0017"), "fanvil-x4u": (.fanvil, "X4U", "0c383eaa0018"),
        "cisco-8851": (.cisco, "8851", "f8a5c5aa0019"), "cisco-8841": (.cisco, "8841", "f8a5c5aa0020"),
        "cisco-6841": (.cisco, "6841", "f8a5c5aa0021"),
        "generic-sip": (nil, "generic", "001a2baa0022"),
    ]

    /// Sydney in each vendor's words (standard UTC+10; daylight saving from the first
    /// Sunday of October 02:00 to the first Sunday of April 03:00, as `zdump -v
    /// Australia/Sydney` shows), and English.
    static let timezones: [BootChainPhone.Vendor: String] = [
        .yealink: "+10 dst 10/1/7/2..4/1/7/3", .snom: "AUS+10", .poly: "36000 dst 10..4",
        .grandstream: "STD-10DST-11,M10.1.0/2,M4.1.0/3", .fanvil: "40 dst 10..4",
        .cisco: "GMT+10:00 dst start=10/1/7/2;end=4/1/7/3;save=1",
    ]
    static let languages: [BootChainPhone.Vendor: String] = [
        .yealink: "English", .snom: "English", .poly: "English_United_Kingdom", .grandstream: "en", .fanvil: "en",
        .cisco: "English (built in)",
    ]

    static func device(_ id: String) -> BootChainTests.Device {
        let phone = phones[id]!
        return BootChainTests.Device(customer: customer, vendor: phone.vendor ?? .yealink, model: phone.model, mac: phone.mac,
                                     endpoint: "\(customer)-\(id)-1")
    }

    /// The keys the YAML gives each phone with line keys: BLF on the first user's line
    /// (301; the first user watches 302) and a speed dial to +31 20 123 45nn, where nn
    /// ends the phone's MAC (a DECT handset has no line keys).
    static func expectedKeys(_ id: String, vendor: BootChainPhone.Vendor) -> [String] {
        guard id != "yealink-w73p" else { return [] }
        let watched = id == "yealink-t54w" ? "302" : "301", number = "+312012345" + phones[id]!.mac.suffix(2)
        return vendor == .poly ? ["resource \(watched)", "resource \(number)"] : ["blf \(watched)", "speed \(number)"]
    }

    func testEveryCatalogModelHasAPhoneInTheFixture() throws {
        XCTAssertEqual(Set(Self.phones.keys), Set(DeviceCatalog.ids), "every catalog model is booted here: add its phone to AllModels and to `phones`")
        let compiled = try XCTUnwrap(try builtRepository(Self.repository).first { $0.id == Self.customer })
        for (id, phone) in Self.phones {
            XCTAssertTrue(compiled.files.contains { $0.path.lowercased().contains(phone.mac) || $0.path.hasSuffix("\(Self.customer)-\(id)-1.html") },
                          "no file of the \(id) phone in the build")
        }
    }

    func testEveryCatalogModelBootsFromFactory() throws {
        let files = try XCTUnwrap(try builtRepository(Self.repository).first { $0.id == Self.customer }).files
        let prefix = "\(Self.customer)/provisioning/"
        let served = Dictionary(uniqueKeysWithValues: files.filter { $0.path.hasPrefix(prefix) }
            .map { (String($0.path.dropFirst(prefix.count)), $0.contents) })
        let secrets = BootChainTests.sipSecrets(text(try XCTUnwrap(files.first { $0.path.hasSuffix("/routing/pjsip.conf") })))
        for (id, phone) in Self.phones.sorted(by: { $0.key < $1.key }) {
            guard let vendor = phone.vendor else { continue }
            let result = BootChainPhone(vendor: vendor, model: phone.model, mac: phone.mac,
                                        baseURL: "https://prov.example.net/\(Self.customer)/").boot { served[$0] }
            check(id, vendor, result, secrets: secrets)
        }
    }

    /// `pbxc build` (the binary) of the fixture with `platform.serving` naming a
    /// throwaway self-signed certificate: nginx runs the server block the build wrote.
    func testEveryCatalogModelBootsThroughNginxOverHTTPS() throws {
        guard NginxProcess.available else { throw XCTSkip("nginx is not installed (scripts/install-deps)") }
        let root = try temporaryFolder(self)
        let repository = root.appendingPathComponent("repository"), out = root.appendingPathComponent("out")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(Self.repository), to: repository)
        let tls = try NginxProcess.selfSignedCertificate(in: root)
        let port = Int.random(in: 20000...60000)
        let config = repository.appendingPathComponent("pbxc.yaml")
        try (try String(contentsOf: config, encoding: .utf8)).replacingOccurrences(of: "  ntp_server: ntp.example.net\n", with: """
              ntp_server: ntp.example.net
              serving:
                output_folder: \(out.path)
                listen: 127.0.0.1:\(port)
                tls_certificate: \(tls.certificate)
                tls_certificate_key: \(tls.key)

            """).write(to: config, atomically: true, encoding: .utf8)
        let build = try runBinary(["build", ".", "-o", out.path, "--today", "2026-11-21"], in: repository,
                                  environment: ["NO_COLOR": "1", "PBXC_MASTER_KEY": goldenEnvironment["PBXC_MASTER_KEY"]!], timeout: 300)
        XCTAssertEqual(build.status, 0, build.err)
        let server = try String(contentsOf: out.appendingPathComponent("nginx-server.conf"), encoding: .utf8)
        XCTAssertTrue(server.contains("listen 127.0.0.1:\(port) ssl;"), server)
        XCTAssertTrue(server.contains("ssl_certificate \(tls.certificate);"), server)
        let nginx = try NginxProcess(root: root, outputs: [], serverFile: out.appendingPathComponent("nginx-server.conf").path, port: port)
        defer { nginx.stop() }
        XCTAssertEqual(nginx.scheme, "https")
        let pjsip = try String(contentsOf: out.appendingPathComponent("\(Self.customer)/routing/pjsip.conf"), encoding: .utf8)
        let secrets = BootChainTests.sipSecrets(pjsip)
        let base = nginx.base + Self.customer + "/"
        var passwords: [String: String] = [:]
        for id in Self.phones.keys where Self.phones[id]?.vendor != nil {
            passwords[Self.device(id).provisioningUser] = try devicePassword(id)
        }
        for (id, phone) in Self.phones.sorted(by: { $0.key < $1.key }) {
            guard let vendor = phone.vendor else { continue }
            let user = Self.device(id).provisioningUser, password = try XCTUnwrap(passwords[user])
            let result = BootChainPhone(vendor: vendor, model: phone.model, mac: phone.mac, baseURL: base,
                                        writtenURL: "https://prov.example.net/\(Self.customer)/").boot { name in
                guard let (status, body) = try? NginxProcess.curl(base + name, user: user, password: password) else { return nil }
                XCTAssertTrue([200, 404].contains(status), "\(user) \(name): \(status)")
                return status == 200 ? body : nil
            }
            check(id, vendor, result, secrets: secrets)
            // Its own file: refused to a phone of another model (which shares no file
            // with it), to nobody, and to a wrong password.
            let own = try XCTUnwrap(result.fetched.last)
            let other = id == "cisco-8851" ? "snom-d785" : "cisco-8851"
            let stranger = Self.device(other).provisioningUser
            XCTAssertEqual(try NginxProcess.curl(base + own, user: stranger, password: try XCTUnwrap(passwords[stranger])).status, 401, own)
            XCTAssertEqual(try NginxProcess.curl(base + own).status, 401, own)
            XCTAssertEqual(try NginxProcess.curl(base + own, user: user, password: password + "x").status, 401, own)
        }
        XCTAssertEqual(try NginxProcess.curl(base + "001122334455.cfg").status, 404)
        XCTAssertTrue(nginx.accessLog.contains("GET /\(Self.customer)/001122334455.cfg HTTP/1.1\" 404"), "unknown MACs are logged")
    }

    /// The generic phone's sheet, read with Python's HTML parser (row header → cell):
    /// its SIP account with the secret pjsip.conf has, the provisioning URL, the device
    /// configuration user name, and where that password goes (not printed).
    func testGenericSheetShowsAccountProvisioningURLAndUser() throws {
        let files = try XCTUnwrap(try builtRepository(Self.repository).first { $0.id == Self.customer }).files
        let sheet = try XCTUnwrap(files.first { $0.path.hasSuffix("/provisioning/\(Self.customer)-generic-sip-1.html") })
        let folder = try temporaryFolder(self)
        let path = folder.appendingPathComponent("sheet.html")
        try sheet.contents.write(to: path)
        let script = """
        import html.parser, json, sys
        class P(html.parser.HTMLParser):
            def __init__(self):
                super().__init__(); self.rows = {}; self.cell = None; self.key = None
            def handle_starttag(self, tag, attrs):
                if tag in ("th", "td"): self.cell = tag; self.text = ""
            def handle_endtag(self, tag):
                if tag == "th": self.key = self.text.strip()
                if tag == "td" and self.key: self.rows[self.key] = " ".join(self.text.split()); self.key = None
                if tag in ("th", "td"): self.cell = None
            def handle_data(self, data):
                if self.cell: self.text += data
        p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read()); print(json.dumps(p.rows))
        """
        let (status, out) = try tool(["python3", "-c", script, path.path])
        XCTAssertEqual(status, 0, out)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: String])
        let secrets = BootChainTests.sipSecrets(text(try XCTUnwrap(files.first { $0.path.hasSuffix("/routing/pjsip.conf") })))
        let endpoint = "\(Self.customer)-generic-sip-1"
        XCTAssertEqual(rows["User name"], endpoint)
        XCTAssertEqual(rows["Authentication user"], endpoint)
        XCTAssertEqual(rows["Password (the SIP account's authentication password)"], secrets[endpoint])
        XCTAssertEqual(rows["SIP server (registrar)"], "sip.example.net:5060 (UDP)")
        XCTAssertEqual(rows["Provisioning URL"], "https://prov.example.net/\(Self.customer)/")
        XCTAssertEqual(rows["Device configuration user name"], "\(Self.customer)-\(Self.phones["generic-sip"]!.mac)")
        let password = try devicePassword("generic-sip")
        XCTAssertTrue(rows["Device configuration password"]?.contains("not printed") == true, "\(rows)")
        XCTAssertFalse(text(sheet).contains(password), "the device password is not on the sheet")
    }

    func check(_ id: String, _ vendor: BootChainPhone.Vendor, _ result: BootChainPhone.Result, secrets: [String: String],
               file: StaticString = #filePath, line: UInt = #line) {
        let device = Self.device(id)
        BootChainTests.check(device, result, secrets: secrets, ntp: "ntp.example.net", file: file, line: line)
        let s = EffectiveSettings(vendor, result.settings)
        XCTAssertEqual(s.timezone, Self.timezones[vendor], id, file: file, line: line)
        XCTAssertEqual(s.language, Self.languages[vendor], id, file: file, line: line)
        XCTAssertEqual(s.displayName, "User \(id)", id, file: file, line: line)
        XCTAssertEqual(s.keys, Self.expectedKeys(id, vendor: vendor), id, file: file, line: line)
    }

    func devicePassword(_ id: String) throws -> String {
        let resolver = SecretResolver(source: SecretSource(environment: goldenEnvironment, root: packageRoot))
        return try resolver.resolve(.generate, scope: "device/\(Self.customer)/\(id)/1").get()
    }
}
