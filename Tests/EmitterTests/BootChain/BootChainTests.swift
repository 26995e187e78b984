import Build
import Emitters
import Foundation
import TestSupport
import XCTest

/// Every example phone booted from factory against the build output: only its MAC and
/// model known, it must end with a working account and the customer's settings.
final class BootChainTests: XCTestCase {
    struct Device {
        var customer: String, vendor: BootChainPhone.Vendor, model: String, mac: String, endpoint: String
        var provisioningUser: String { "\(customer)-\(mac)" }
    }

    /// The example devices, from the YAML's facts (not from the emitter).
    static let devices: [Device] = [
        Device(customer: "acme", vendor: .yealink, model: "T54W", mac: "805ec0123456", endpoint: "acme-jan-1"),
        Device(customer: "acme", vendor: .yealink, model: "T46U", mac: "805ec0123457", endpoint: "acme-piet-1"),
        Device(customer: "acme", vendor: .snom, model: "D785", mac: "0004134a5b6c", endpoint: "acme-carla-1"),
        Device(customer: "acme", vendor: .yealink, model: "T54W", mac: "805ec0123458", endpoint: "acme-receptie-1"),
        Device(customer: "bakkerij-jansen", vendor: .grandstream, model: "GRP2614", mac: "c074ad112233", endpoint: ""),
        Device(customer: "brussel-dental", vendor: .yealink, model: "W73P", mac: "249ad8102030", endpoint: ""),
        Device(customer: "kanzlei-weber", vendor: .poly, model: "VVX450", mac: "64167faabb01", endpoint: "kanzlei-weber-weber-1"),
        Device(customer: "kanzlei-weber", vendor: .snom, model: "D735", mac: "000413aabb02", endpoint: "kanzlei-weber-schulz-1"),
        Device(customer: "kanzlei-weber", vendor: .cisco, model: "8851", mac: "f8a5c5aabb03", endpoint: "kanzlei-weber-sekretariat-1-1"),
        Device(customer: "kanzlei-weber", vendor: .fanvil, model: "X6U", mac: "0c383eaabb04", endpoint: "kanzlei-weber-sekretariat-2-1"),
        Device(customer: "kanzlei-weber", vendor: .grandstream, model: "GXP2170", mac: "c074adaabb05", endpoint: "kanzlei-weber-sekretariat-2-2"),
    ]

    /// `[endpoint-auth]` sections' passwords in pjsip.conf: the SIP secret each account has.
    static func sipSecrets(_ pjsip: String) -> [String: String] {
        var secrets: [String: String] = [:], section = ""
        for line in pjsip.split(separator: "\n") {
            if line.hasPrefix("[") { section = String(line.dropFirst().prefix { $0 != "]" }) }
            if line.hasPrefix("password = "), section.hasSuffix("-auth") { secrets[String(section.dropLast(5))] = String(line.dropFirst(11)) }
        }
        return secrets
    }

    static let factoryDefaults: Set<String> = ["", "admin", "123", "456", "9486", "1234", "0000", "cisco"]

    static func check(_ device: Device, _ result: BootChainPhone.Result, secrets: [String: String], ntp: String = "pool.ntp.org",
                      file: StaticString = #filePath, line: UInt = #line) {
        let s = EffectiveSettings(device.vendor, result.settings)
        let what = "\(device.customer) \(device.model) \(device.mac) (asked \(result.requested), got \(result.fetched))"
        XCTAssertEqual(s.server, "sip.example.net", what, file: file, line: line)
        XCTAssertEqual(s.port, "5060", what, file: file, line: line)
        XCTAssertEqual(s.transport, "udp", what, file: file, line: line)
        XCTAssertNotNil(s.user, what, file: file, line: line)
        if !device.endpoint.isEmpty { XCTAssertEqual(s.user, device.endpoint, what, file: file, line: line) }
        XCTAssertEqual(s.authUser, s.user, what, file: file, line: line)
        if let user = s.user { XCTAssertEqual(s.secret, secrets[user], what, file: file, line: line) }
        XCTAssertGreaterThanOrEqual(s.secret?.count ?? 0, 20, what, file: file, line: line)
        XCTAssertNotNil(s.displayName, what, file: file, line: line)
        XCTAssertNotNil(s.lineLabel, what, file: file, line: line)
        XCTAssertEqual(s.ntp, ntp, what, file: file, line: line)
        XCTAssertNotNil(s.timezone, what, file: file, line: line)
        XCTAssertNotNil(s.language, what, file: file, line: line)
        XCTAssertTrue(s.provisioningURL?.hasPrefix("https://prov.example.net/\(device.customer)/") == true, "\(what): \(s.provisioningURL ?? "-")", file: file, line: line)
        XCTAssertFalse(Self.factoryDefaults.contains(s.adminPassword ?? ""), what, file: file, line: line)
        XCTAssertEqual(s.mwi, "1233", what, file: file, line: line)
    }

    func testEveryExamplePhoneBootsFromFactory() throws {
        let built = Dictionary(uniqueKeysWithValues: try builtExamples().map { ($0.id, $0.files) })
        for device in Self.devices {
            let files = try XCTUnwrap(built[device.customer])
            let prefix = "\(device.customer)/provisioning/"
            let served = Dictionary(uniqueKeysWithValues: files.filter { $0.path.hasPrefix(prefix) }
                .map { (String($0.path.dropFirst(prefix.count)), $0.contents) })
            let pjsip = String(decoding: try XCTUnwrap(files.first { $0.path == "\(device.customer)/routing/pjsip.conf" }).contents, as: UTF8.self)
            let phone = BootChainPhone(vendor: device.vendor, model: device.model, mac: device.mac,
                                       baseURL: "https://prov.example.net/\(device.customer)/")
            let result = phone.boot { served[$0] }
            Self.check(device, result, secrets: Self.sipSecrets(pjsip))
        }
    }

    /// Keys as the example YAML has them.
    func testKeysArriveAsWritten() throws {
        let built = Dictionary(uniqueKeysWithValues: try builtExamples().map { ($0.id, $0.files) })
        let expected: [String: [String]] = [
            "805ec0123456": ["blf 202", "blf 209", "speed +31201234567"],
            "64167faabb01": ["resource 211", "resource 220"],
            "000413aabb02": ["blf 210"],
            "f8a5c5aabb03": ["blf 210", "speed +49301234567"],
            "0c383eaabb04": ["blf 211"],
            "c074adaabb05": ["blf 210", "speed 999"],
        ]
        for device in Self.devices {
            guard let keys = expected[device.mac] else { continue }
            let prefix = "\(device.customer)/provisioning/"
            let served = Dictionary(uniqueKeysWithValues: try XCTUnwrap(built[device.customer]).filter { $0.path.hasPrefix(prefix) }
                .map { (String($0.path.dropFirst(prefix.count)), $0.contents) })
            let result = BootChainPhone(vendor: device.vendor, model: device.model, mac: device.mac,
                                        baseURL: "https://prov.example.net/\(device.customer)/").boot { served[$0] }
            XCTAssertEqual(EffectiveSettings(device.vendor, result.settings).keys, keys, "\(device.mac)")
        }
    }
}
