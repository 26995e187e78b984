import Parser

/// Every rule pbxc has, in catalog order (docs/rules/). Adding a rule means adding
/// its file under Rules/<Section>/ and one line here; the example test and
/// `pbxc explain` then pick it up.
public enum RuleRegistry {
    static let structureRules: [any StructureRule.Type] = [
        YAMLSyntax.self, DuplicateKey.self, UnknownKey.self, WrongType.self, MissingKey.self, YAMLLimitsRule.self,
        FileUnreadable.self, SuppressionReason.self, SuppressionUnused.self,
    ]

    static let customerRules: [any CustomerRule.Type] = [
        DuplicateID.self, UnresolvedReference.self, IDFormat.self, CustomerLocale.self, TimerRange.self,
        NumberFormat.self, NumberRangeRule.self, NumbersOverlap.self, NumberNotHeld.self, NumberAssignedTwice.self,
        CompanyNumberMissing.self, NumberUnrouted.self, CustomerSize.self,
        ExtensionFormat.self, ExtensionConflict.self, ExtensionPrefix.self, UnreachableEntity.self,
        ExtensionMissing.self,
        MACFormat.self, DevicePassword.self, PortalPassword.self, PlaintextSecret.self, DeviceModel.self,
        VoicemailEmail.self, EmailFormat.self, KeyTarget.self, DeviceKeys.self, DeviceText.self,
        HuntGroupEmpty.self, HuntGroupMember.self, HuntGroupOverflow.self,
        IVRKey.self, IVRTarget.self, IVRReception.self, IVRGreeting.self, RoutingLoop.self,
        ScheduleTime.self, ScheduleOverlap.self, HolidayCalendar.self, NightModeSchedule.self, NightModeTarget.self,
        PortingSplitsBlock.self, PortingMixedProvider.self, PortingPartial.self, PortingBillingNumber.self,
        PortingSensitiveLine.self, PortingLinkedService.self, PortingDate.self, PortingHolder.self, PortingNoRoute.self,
        PortingNumberTwice.self, PortingMoveConsent.self,
        OrderProduct.self, OrderQuantity.self, KvKNumber.self, VATNumberRule.self, IBANRule.self, PostcodeRule.self,
        PhoneFormat.self, OrderDate.self,
    ]

    static let repositoryRules: [any RepositoryRule.Type] = [DuplicateID.self, MACDuplicate.self]

    static let buildRules: [any BuildRule.Type] = [SecretUnresolved.self]

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
