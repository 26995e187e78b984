import ArgumentParser
import Diagnostics
import Domain
import Validator

/// `pbxc explain RULE`: a rule's documentation with a bad and a good example.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Show a rule's documentation with a bad and a good example.",
        discussion: """
        Examples:
          pbxc explain extension-format
              what it checks, why, two examples
        """)

    @Argument(help: "A rule id, e.g. extension-format (see `pbxc rules`).")
    var rule: String

    func run() throws {
        guard let description = RuleRegistry.rule(rule) else {
            let help = Suggestions.didYouMean(rule, in: RuleRegistry.all.map(\.id)).map { "; \($0)" } ?? ""
            throw ValidationError("no rule `\(rule)`\(help) (`pbxc rules` lists them)")
        }
        Console.current.out(RuleTerminalText.render(description))
    }
}

/// `pbxc rules`: every rule id with its severity and summary.
struct RulesCommand: ParsableCommand {
    /// Wide enough for the longest rule id, so no id is ever cut.
    static let idWidth = (RuleRegistry.all.map(\.id.count).max() ?? 20) + 1

    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List every rule pbxc checks.",
        discussion: """
        Examples:
          pbxc rules                                every rule: id, E/W, what it checks
        """)

    func run() throws {
        var out = ""
        for section in RuleSection.allCases {
            out += "\(section.rawValue)\n"
            for rule in RuleRegistry.all where rule.section == section {
                let id = rule.id.padding(toLength: Self.idWidth, withPad: " ", startingAt: 0)
                out += "  \(id) \(rule.severity == .error ? "E" : "W")  \(rule.summary)\n"
            }
        }
        Console.current.out(out)
    }
}
