import Diagnostics
import Parser
import TestSupport
@testable import Validator
import XCTest

/// `boot-chain-setting` for what its examples cannot show (they share one pbxc.yaml):
/// a repository without `platform.provisioning_url` or `platform.sip_domain`.
final class BootChainSettingTests: XCTestCase {
    let customer = """
    customer: { id: acme, name: Acme B.V., country: NL }
    numbers: ["+31 88 765 4000 - +31 88 765 4009"]
    company: { number: "+31887654000", unassigned_numbers: voicemail }
    users:
      - { id: jan, name: Jan, extension: "201", devices: [{ model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: generate }] }
      - { id: piet, name: Piet, extension: "202", devices: [{ model: cisco-8851, mac: "F8:A5:C5:12:34:57", password: generate }] }
      - { id: kim, name: Kim, extension: "203", devices: [{ model: generic-sip, mac: "00:1A:2B:12:34:58", password: generate }] }
    """

    func findings(_ text: String, platform: RepositoryConfig.Platform?) -> [Diagnostic] {
        var repository = RuleRegistry.exampleRepository
        repository.platform = platform
        return CustomerChecker.check(text: text, path: "acme.yaml", repository: repository).filter { $0.rule == "boot-chain-setting" }
    }

    func testNoProvisioningURLIsAnErrorAtTheFirstPhone() {
        let found = findings(customer, platform: RepositoryConfig.Platform(sipDomain: LString("sip.example.net", at: Example.nowhere)))
        XCTAssertEqual(found.map(\.severity), [.error])
        XCTAssertEqual(found.first.map { "\($0.location.line):\($0.location.column)" }, "5:64")
        XCTAssertTrue(found.first?.message.contains("platform.provisioning_url") == true, "\(found.map(\.message))")
        XCTAssertTrue(found.first?.message.contains("and 1 more phone)") == true, "\(found.map(\.message))")
    }

    func testNoPlatformAtAllNamesBothSettings() {
        let found = findings(customer, platform: nil).map(\.message)
        XCTAssertEqual(found.count, 2, "\(found)")
        XCTAssertTrue(found.contains { $0.contains("platform.sip_domain") }, "\(found)")
    }

    func testPhonesSetUpByHandNeedNothing() {
        let text = customer.split(separator: "\n").filter { !$0.contains("yealink") && !$0.contains("cisco") }.joined(separator: "\n")
        XCTAssertEqual(findings(text, platform: nil).map(\.message), [])
    }
}
