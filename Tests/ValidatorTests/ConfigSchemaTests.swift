import Domain
import Foundation
import Parser
import TestSupport
import Validator
import XCTest

/// The JSON Schema of a customer file against a real validator (python-jsonschema,
/// through scripts/check-config-schema.py), and against the rules: every rule's good
/// example validates (the schema refuses nothing pbxc accepts), and the bad examples of
/// the rules a schema can express fail with the keyword that says why, at the rule's
/// `↓` marker. The defaults the schema states are those the checked customer applies.
final class ConfigSchemaTests: XCTestCase {
    /// Rules whose bad examples the schema catches: the JSON Schema keyword each bad
    /// example fails with at its marker, in order (nil: that example is beyond a schema).
    static let caughtByTheSchema: [String: [String?]] = [
        ParserRule.unknownKey.id: ["additionalProperties"],
        ParserRule.missingKey.id: ["required"],
        ParserRule.wrongType.id: ["enum"],
        "kvk-number": ["pattern"],
        "order-quantity": ["type"],
        "device-model": ["enum"],
        "mac-format": ["pattern"],
        "extension-format": ["pattern"],
        "holiday-calendar": ["enum"],
        "night-mode-code": ["pattern", "pattern"],
        "pin-format": ["enum"],
        "portal-role": [nil, "enum"],
        "portal-email": ["enum", nil],
        "id-format": ["pattern", "propertyNames"],
        "timer-range": ["minimum", "maximum"],
        "ivr-key": ["propertyNames"],
    ]

    func testRuleExamplesAgainstTheCustomerFileSchema() throws {
        let folder = try temporaryFolder(self)
        let schema = folder.appendingPathComponent(JSONSchemaGenerator.Root.customer.fileName)
        try JSONSchemaGenerator.text(.customer).write(to: schema, atomically: true, encoding: .utf8)
        var good: [String] = []
        var bad: [String: (rule: String, index: Int, marked: MarkedText)] = [:]
        for rule in RuleRegistry.all where !RuleRegistry.diffRuleIDs.contains(rule.id) {
            // A suppression silences a finding for pbxc; an editor still shows what the schema sees.
            for (n, text) in rule.good.enumerated() where !text.contains("# pbxc: ignore[") {
                let name = "\(rule.id)-good-\(n).yaml"
                try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
                good.append(name)
            }
            for (n, text) in rule.bad.enumerated() {
                guard let marked = MarkedText(text) else { continue }
                let name = "\(rule.id)-bad-\(n).yaml"
                try marked.text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
                bad[name] = (rule.id, n, marked)
            }
        }
        let findings = try checkConfigSchema(good + bad.keys.sorted(), schema: schema, in: folder)
        for name in good {
            XCTAssertEqual(findings[name]?.map(\.description), [], "\(name) is clean for pbxc but not for the schema")
        }
        var caught: Set<String> = []
        for (name, example) in bad.sorted(by: { $0.key < $1.key }) {
            let atMarker = (findings[name] ?? []).filter { $0.line == example.marked.line && $0.column == example.marked.column }
            let expected = Self.caughtByTheSchema[example.rule].flatMap { example.index < $0.count ? $0[example.index] : nil }
            if let expected {
                caught.insert(example.rule)
                XCTAssertTrue(atMarker.contains { $0.keyword == expected },
                              "\(name): expected [\(expected)] at \(example.marked.line):\(example.marked.column), got \(findings[name] ?? [])")
            } else {
                XCTAssertEqual(atMarker.map(\.description), [],
                               "\(name): the schema catches it at the marker; add it to caughtByTheSchema")
            }
        }
        XCTAssertEqual(caught, Set(Self.caughtByTheSchema.keys))
    }

    /// The life cycles the schema lists are the rules' (docs/rules/*-transition.md).
    func testStatusesAreTheLifeCycles() {
        XCTAssertEqual(Set(Schemas.portingStatuses), Set(Lifecycles.porting.keys))
        XCTAssertEqual(Set(Schemas.orderStatuses), Set(Lifecycles.order.keys))
    }

    /// What the schema says pbxc assumes is what the checked customer holds when
    /// nothing is written.
    func testDefaultsAreWhatTheCheckedCustomerApplies() throws {
        let text = """
        customer: { id: acme, name: Acme B.V., country: NL }
        numbers: ["+31 88 765 4000 - +31 88 765 4009"]
        company: { number: "+31887654000", unassigned_numbers: voicemail }
        users: [{ id: jan, name: Jan, extension: "201", voicemail: { email: jan@acme.example } }]
        hunt_groups: [{ id: sales, extension: "101", members: [jan], overflow: { to: voicemail } }]
        ivr_menus: [{ id: main, extension: "555", open: { greeting: welcome.wav, reception: jan, options: { "1": jan } } }]
        """
        let result = CustomerChecker.check(text: text, path: "acme.yaml") { $0.checked }
        let checked = try XCTUnwrap(result.output, "\(result.diagnostics)")
        func value(_ schema: ObjectSchema, _ key: String) -> SchemaValue? { schema.field(key)?.defaultValue }
        let group = try XCTUnwrap(checked.huntGroups.first)
        XCTAssertEqual(value(Schemas.huntGroup, "policy"), .string(group.policy.rawValue))
        XCTAssertEqual(value(Schemas.huntGroup, "next_member_after_rings"), .integer(group.ringsPerMember))
        XCTAssertEqual(value(Schemas.overflow, "after_seconds"), group.overflow.map { .integer($0.afterSeconds) })
        let user = try XCTUnwrap(checked.users.first)
        XCTAssertEqual(value(Schemas.user, "hide_number"), .boolean(user.hideNumber))
        XCTAssertEqual(value(Schemas.user, "call_waiting"), .boolean(user.callWaiting))
        XCTAssertEqual(value(Schemas.user, "night_mode"), .string(user.nightMode.mode.rawValue))
        XCTAssertEqual(value(Schemas.blockIncoming, "anonymous"), .boolean(user.blockAnonymous))
        XCTAssertEqual(value(Schemas.userVoicemail, "allow_messages"), .boolean(user.voicemail.allowMessages))
        XCTAssertEqual(value(Schemas.userVoicemail, "when"), .list(user.voicemail.when.map(\.rawValue).sorted().map { .string($0) }))
        XCTAssertEqual(value(Schemas.device, "password"), "generate")
        let menu = try XCTUnwrap(checked.menus.first)
        XCTAssertEqual(value(Schemas.menuState, "timeout_seconds"), .integer(menu.open.timeoutSeconds))
        XCTAssertEqual(value(Schemas.company, "show_name"), .boolean(checked.company.showName))
        XCTAssertEqual(value(Schemas.company, "caller_id"), .string(checked.company.personalCallerID ? "personal" : "company"))
        XCTAssertEqual(value(Schemas.companyVoicemail, "extension"), .string(checked.company.voicemail.extensionNumber))
        XCTAssertEqual(value(Schemas.companyVoicemail, "allow_messages"), .boolean(checked.company.voicemail.allowMessages))
    }
}
