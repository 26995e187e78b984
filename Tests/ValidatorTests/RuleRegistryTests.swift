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

    /// The parser reports structure rules by id: each id it can report has a rule
    /// description (docs, examples) in the registry.
    func testEveryIDTheParserReportsIsADocumentedRule() {
        for id in StructureRuleID.all + [Suppression.reasonRule, Suppression.unusedRule] {
            XCTAssertEqual(RuleRegistry.rule(id)?.section, .documentStructure, "\(id) has no documented structure rule")
        }
    }
}
