import Domain
/// A rule's documentation as Markdown: what `pbxc explain` prints and what
/// docs/rules/ is generated from (a test keeps that folder current).
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

    /// The generated docs/rules/ folder: `README.md` (the catalog, a table per section)
    /// and one `<rule id>.md` per rule. A test keeps the folder exactly this.
    public static func folder() -> [String: String] {
        var files = ["README.md": index()]
        for rule in RuleRegistry.all { files["\(rule.id).md"] = markdown(rule).replacingOccurrences(of: "## \(rule.id) (", with: "# \(rule.id) (") }
        return files
    }

    static func index() -> String {
        var out = """
        # Rules pbxc checks

        Generated from the rule descriptions in `Sources/Validator/Rules/` — do not edit by hand; run
        `PBXC_UPDATE_GOLDENS=1 swift test --filter testRuleDocsAreCurrent` after changing a rule. `pbxc explain RULE`
        prints one rule, `pbxc rules` lists them. Severity: **E** error (build refused), **W** warning
        (`--warnings-as-errors` for strict CI). Rules marked "beyond" go further than the provider portals do.

        """
        for section in RuleSection.allCases {
            out += "\n## \(section.rawValue)\n\n| id | sev | rule |\n|---|---|---|\n"
            for rule in RuleRegistry.all where rule.section == section {
                out += "| [`\(rule.id)`](\(rule.id).md) | \(rule.severity == .error ? "E" : "W") | \(rule.summary) |\n"
            }
        }
        return out
    }
}
