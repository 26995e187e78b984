import Diagnostics
import Parser
import TestSupport
import Validator
import XCTest

/// The registry is generated from the rule files: adding a rule is adding its file.
final class RuleRegistryTests: XCTestCase {
    func testTheGeneratedRegistryListsEveryRuleFile() throws {
        let run = try tool(["python3", "scripts/generate-rule-registry.py", "--check"])
        XCTAssertEqual(run.status, 0, run.out)
    }

    /// Every rule the parser reports is documented by the rule file the registry maps
    /// it to, under the same id and severity, and that documentation is in the catalog
    /// (`pbxc explain`, docs/rules).
    func testEveryRuleTheParserReportsIsADocumentedRule() {
        for rule in ParserRule.allCases {
            let documentation = RuleRegistry.documentation(of: rule)
            XCTAssertEqual(documentation.id, rule.id)
            XCTAssertEqual(documentation.severity, rule.severity, rule.id)
            XCTAssertEqual(RuleRegistry.rule(rule.id)?.summary, documentation.summary, "\(rule.id) is not in the catalog")
        }
        for id in [Suppression.reasonRule, Suppression.unusedRule] {
            XCTAssertEqual(RuleRegistry.rule(id)?.section, .documentStructure, "\(id) has no documented structure rule")
        }
    }
}
