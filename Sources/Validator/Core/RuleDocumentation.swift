/// A rule's documentation as Markdown: what `pbxc explain` prints and what
/// docs/rules.md is generated from (a test keeps that file current).
public enum RuleDocumentation {
    public static func markdown(_ rule: RuleDescription) -> String {
        var out = "## \(rule.id) (\(rule.severity == .error ? "error" : "warning"))\n\n"
        out += "\(rule.summary)\n\n\(rule.rationale)\n"
        for example in rule.bad {
            out += "\nBad (`↓` marks where the diagnostic points):\n\n```yaml\n\(example)\n```\n"
        }
        for example in rule.good {
            out += "\nGood:\n\n```yaml\n\(example)\n```\n"
        }
        return out
    }

    /// docs/rules.md: the catalog table per section, then every rule's documentation.
    public static func catalog() -> String {
        var out = """
        # Rules pbxc checks

        Generated from the rule descriptions in `Sources/Validator/Rules/` — do not edit by hand; run
        `PBXC_UPDATE_GOLDENS=1 swift test --filter testRuleDocsAreCurrent` after changing a rule. `pbxc explain RULE`
        prints one rule. Severity: **E** error (build refused), **W** warning (`--warnings-as-errors` for
        strict CI). Rules marked "beyond" go further than the provider portals do.

        """
        for section in RuleSection.allCases {
            out += "\n## \(section.rawValue)\n\n| id | sev | rule |\n|---|---|---|\n"
            for rule in RuleRegistry.all where rule.section == section {
                out += "| [`\(rule.id)`](#\(rule.id)) | \(rule.severity == .error ? "E" : "W") | \(rule.summary) |\n"
            }
        }
        out += "\n---\n"
        for rule in RuleRegistry.all {
            out += "\n" + markdown(rule).replacingOccurrences(of: "## \(rule.id) (", with: "### \(rule.id) (")
        }
        return out
    }
}
