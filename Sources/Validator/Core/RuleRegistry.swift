import Domain
import Parser

/// Every rule pbxc has, in catalog order (docs/rules/). The lists of rule types are
/// generated from the files under Rules/ (RuleRegistry+Generated.swift): adding a rule
/// is adding its file under Rules/<Section>/ and running
/// scripts/generate-rule-registry.py; the example test, docs/rules and
/// `pbxc explain` then pick it up.
public enum RuleRegistry {
    /// Ids of the rules only `pbxc build` checks (their bad examples need a build).
    public static let buildRuleIDs = Set(buildRules.map { $0.description.id })

    /// Every rule's description, once each, in catalog order.
    public static let all: [RuleDescription] = {
        var seen = Set<String>()
        let descriptions = structureRules.map { $0.description } + customerRules.map { $0.description }
            + repositoryRules.map { $0.description } + buildRules.map { $0.description }
            + diffRules.map { $0.description }
        let unique = descriptions.filter { seen.insert($0.id).inserted }
        return RuleSection.allCases.flatMap { section in unique.filter { $0.section == section } }
    }()

    /// The repository the rule examples are checked with (its catalog is the seed's).
    public static var exampleRepository: RepositoryConfig { Example.repository }

    public static func rule(_ id: String) -> RuleDescription? {
        all.first { $0.id == id }
    }
}
