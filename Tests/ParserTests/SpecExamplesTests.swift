import Diagnostics
import Foundation
import TestSupport
import XCTest
@testable import Parser

/// The YAML examples of docs/config-language.md (the language's reference) decode
/// without a single structural finding: every key and shape they show is known.
final class SpecExamplesTests: XCTestCase {
    static let structural: Set<String> = Set(
        [ParserRule.yamlSyntax, .duplicateKey, .unknownKey, .wrongType, .missingKey, .yamlLimits].map(\.id))

    func yamlBlocks() throws -> [String] {
        let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/config-language.md")
        let text = try String(contentsOf: doc, encoding: .utf8)
        return text.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
    }

    func testCustomerExamplesDecode() throws {
        let blocks = try yamlBlocks()
        XCTAssertGreaterThanOrEqual(blocks.count, 5)
        // The repository file is the first block; the rest are (parts of) a customer.
        let customer = blocks.dropFirst().joined(separator: "\n")
        let (model, diagnostics) = parseCustomer(customer)
        XCTAssertEqual(diagnostics.filter { Self.structural.contains($0.rule) }.map { "\($0.location.line):\($0.location.column) \($0.rule) \($0.message)" }, [])
        XCTAssertEqual(model.id, "acme")
        XCTAssertEqual(model.users.map { $0.id?.value }, ["jan", "receptie"])
        XCTAssertEqual(model.users[0].devices.first?.keys.count, 3)
        XCTAssertEqual(model.ivrMenus.first?.open?.options.count, 6)
        XCTAssertEqual(model.porting.first?.numbers.count, 2)
        XCTAssertEqual(model.porting.first?.services["alarm"]?.first?.value, "+31202400005")
        XCTAssertEqual(model.orders.first?.lines.count, 3)
        XCTAssertEqual(model.orders.first?.billing?.iban?.value, "NL42BANK0123456789")
        XCTAssertEqual(model.portalUsers.first?.roles.count, 4)
        XCTAssertEqual(model.company?.blockOutbound.count, 5)
        XCTAssertEqual(model.schedules.map(\.id.value), ["office-hours", "closed-days"])
    }

    func testRepositoryFileExampleDecodes() throws {
        let block = try XCTUnwrap(yamlBlocks().first)
        let files = SourceFiles()
        let sink = DiagnosticSink(files: files)
        let document = YAMLReader().read(Array(block.utf8), file: files.register(path: "pbxc.yaml"), sink: sink)
        let config = try withExtendedLifetime(document) {
            ConfigDecoder(sink: sink).repository(try XCTUnwrap(document?.root), file: FileID(raw: 0))
        }
        XCTAssertEqual(sink.diagnostics.map(\.message), [])
        XCTAssertEqual(config.catalog.map(\.code.value), ["connection-fee", "flex-telephony-standard", "fixed-mobile-account", "porting-fee"])
        XCTAssertEqual(config.catalog[0].oneOff?.value, "25.00")
        XCTAssertEqual(config.catalog.map { $0.module?.value }, [.telephony, .telephony, nil, .numberPorting])
        XCTAssertEqual(config.catalog.map { $0.accountType?.value }, [nil, .phone, .fixedMobile, nil])
        XCTAssertEqual(config.partner?.id?.value, "050613")
        XCTAssertEqual(config.defaults.country?.value, "NL")
    }

    /// The order form's modules and account types are fixed words: a module it does not
    /// have gets a did-you-mean, and an account type outside telephony is refused where
    /// it stands.
    func testCatalogModulesAndAccountTypesAreTheFormsOwn() throws {
        let yaml = """
        catalog:
          - { code: t54w, module: hardwre }
          - { code: teams, module: telephony, account_type: microsoft_teams }
          - { code: sim, module: mobile, account_type: phone }
        """
        let files = SourceFiles()
        let sink = DiagnosticSink(files: files)
        let document = YAMLReader().read(Array(yaml.utf8), file: files.register(path: "pbxc.yaml"), sink: sink)
        let config = try withExtendedLifetime(document) {
            ConfigDecoder(sink: sink).repository(try XCTUnwrap(document?.root), file: FileID(raw: 0))
        }
        XCTAssertEqual(sink.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.rule)" },
                       ["2:27 wrong-type", "4:48 wrong-type"])
        XCTAssertEqual(sink.diagnostics.first?.help, "did you mean `hardware`?")
        XCTAssertTrue(sink.diagnostics.last?.message.contains("belongs to products of the `telephony` module") ?? false)
        XCTAssertEqual(config.catalog[1].accountType?.value, .microsoftTeams)
    }
}
