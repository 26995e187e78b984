import Compiler
import Emitters
import Foundation
import TestSupport
import XCTest

/// The build's nginx snippet served by a real nginx (Debian's, unprivileged, on a
/// random port): each phone boots through it with its own credentials; a colleague's
/// credentials, none, and unknown MACs are refused.
final class NginxServingTests: XCTestCase {
    func testSHA512CryptMatchesOpenSSL() throws {
        for (password, salt) in [("secret", "abcdefgh"), ("Pb7%rA9xf78erS@5", "rNqwZ3DM8kuiPrRd"), ("with space", "saltsaltsaltsaltextra")] {
            let expected = try tool(["openssl", "passwd", "-6", "-salt", salt, password]).out.trimmingCharacters(in: .whitespacesAndNewlines)
            XCTAssertEqual(SHA512Crypt.hash(password, salt: salt), expected)
        }
        // What crypt(3) refuses is nil, never a trap: 512 bytes and more, a NUL byte.
        XCTAssertNil(SHA512Crypt.hash(String(repeating: "x", count: 512), salt: "abcdefgh"))
        XCTAssertNotNil(SHA512Crypt.hash(String(repeating: "x", count: 511), salt: "abcdefgh"))
        XCTAssertNil(SHA512Crypt.hash("with\u{0}nul", salt: "abcdefgh"))
    }

    func testPhonesBootThroughNginxWithTheirOwnCredentialsOnly() throws {
        guard NginxProcess.available else { throw XCTSkip("nginx is not installed (scripts/install-deps)") }
        var passwords: [String: String] = [:]  // provisioning user → device password
        // The device passwords: generated ones from the golden master key; carla's from the environment.
        for device in BootChainTests.devices {
            passwords[device.provisioningUser] = try devicePassword(device)
        }
        let nginx = try NginxProcess(root: try temporaryFolder(self), outputs: try builtExamples())
        defer { nginx.stop() }
        let port = nginx.port
        let built = Dictionary(uniqueKeysWithValues: try builtExamples().map { ($0.id, $0.files) })
        for device in BootChainTests.devices {
            let base = "http://127.0.0.1:\(port)/\(device.customer)/"
            let user = device.provisioningUser, password = try XCTUnwrap(passwords[user])
            let phone = BootChainPhone(vendor: device.vendor, model: device.model, mac: device.mac, baseURL: base,
                                       writtenURL: "https://prov.example.net/\(device.customer)/")
            let result = phone.boot { name in
                guard let (status, body) = try? self.curl(base + name, user: user, password: password) else { return nil }
                XCTAssertTrue([200, 404].contains(status), "\(user) \(name): \(status)")
                return status == 200 ? body : nil
            }
            let pjsip = String(decoding: try XCTUnwrap(built[device.customer]?.first { $0.path.hasSuffix("/routing/pjsip.conf") }).contents, as: UTF8.self)
            BootChainTests.check(device, result, secrets: BootChainTests.sipSecrets(pjsip))
            // The phone's own files: a colleague (or another customer's phone) is refused,
            // and so is nobody; an unknown MAC is not found.
            let own = try XCTUnwrap(result.fetched.last)
            for other in BootChainTests.devices where other.mac != device.mac {
                let status = try curl(base + own, user: other.provisioningUser, password: try XCTUnwrap(passwords[other.provisioningUser])).status
                XCTAssertTrue([401, 403].contains(status), "\(other.provisioningUser) fetched \(own) of \(user): \(status)")
            }
            XCTAssertEqual(try curl(base + own).status, 401, own)
            XCTAssertEqual(try curl(base + own, user: user, password: password + "x").status, 401, own)
        }
        XCTAssertEqual(try curl("http://127.0.0.1:\(port)/acme/001122334455.cfg", user: "acme-805ec0123456",
                                password: try XCTUnwrap(passwords["acme-805ec0123456"])).status, 404)
        XCTAssertEqual(try curl("http://127.0.0.1:\(port)/acme/").status, 404, "no listing")
        let log = nginx.accessLog
        XCTAssertTrue(log.contains("GET /acme/001122334455.cfg HTTP/1.1\" 404"), "unknown MACs are logged")
    }

    func devicePassword(_ device: BootChainTests.Device) throws -> String {
        if device.endpoint == "acme-carla-1" { return goldenEnvironment["ACME_CARLA_DEVICE_PW"]! }
        let customer = try XCTUnwrap(try compiledExamples()[device.customer])
        let endpoint = try XCTUnwrap(customer.endpoints.first { $0.mac == device.mac })
        let resolver = SecretResolver(source: SecretSource(environment: goldenEnvironment, root: packageRoot))
        return try resolver.resolve(.generate, scope: "device/\(device.customer)/\(endpoint.userID)/\(endpoint.index)").get()
    }

    func curl(_ url: String, user: String? = nil, password: String? = nil) throws -> (status: Int, body: Data) {
        try NginxProcess.curl(url, user: user, password: password)
    }
}
