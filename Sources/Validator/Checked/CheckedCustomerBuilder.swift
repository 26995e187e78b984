import Diagnostics
import Domain
import Parser

extension CheckedCustomer {
    /// The checked view of a customer whose check found no error. The rules guarantee
    /// what is required here (ids, models, MACs, destinations that resolve); an entry
    /// that still lacks one is left out rather than guessed at.
    init(_ c: CustomerContext) {
        let info = c.customer.info
        let defaults = c.repository.defaults
        let id = c.customer.id ?? ""
        let resolver = DestinationResolver(context: c)
        self.init(
            id: id, name: info?.name?.value ?? id, country: c.country ?? "",
            timezone: (info?.timezone ?? defaults.timezone)?.value ?? Self.defaultTimezone,
            language: (info?.language ?? defaults.language)?.value ?? Self.defaultLanguage,
            heldRanges: c.heldRanges, company: CheckedCompany(c, resolver: resolver),
            schedules: Self.schedules(c.customer.schedules),
            users: c.customer.users.compactMap { CheckedUser($0, context: c, resolver: resolver) },
            huntGroups: c.customer.huntGroups.compactMap { CheckedHuntGroup($0, context: c, resolver: resolver) },
            menus: c.customer.ivrMenus.compactMap { CheckedMenu($0, context: c, resolver: resolver) },
            porting: c.portings.map { CheckedPorting($0, context: c) },
            orders: c.customer.orders.map { CheckedOrder($0, context: c) },
            portalUsers: c.customer.portalUsers.compactMap(CheckedPortalUser.init),
            platform: CheckedPlatform(c.repository.platform),
            partner: c.repository.partner.flatMap { p in
                p.name.map {
                    CheckedPartner(id: p.id?.value, name: $0.value, address: p.address?.value, registration: p.registration?.value,
                                   vat: p.vat?.value, email: p.email?.value, phone: p.phone?.value, logoPNG: p.logoPNG)
                }
            },
            catalog: Dictionary(c.repository.catalog.map { ($0.code.value, CheckedProduct($0)) },
                                uniquingKeysWith: { first, _ in first }),
            today: c.today)
    }

    private static func schedules(_ schedules: [Schedule]) -> [CheckedSchedule] {
        var seen = Set<String>()
        return schedules.filter { seen.insert($0.id.value).inserted }.map { schedule in
            CheckedSchedule(id: schedule.id.value, spans: WeeklyHours.spans(of: schedule), hasHours: !schedule.hours.isEmpty,
                            calendars: schedule.holidays.map(HolidayName.selection),
                            dates: schedule.dates.flatMap { (try? ClosingDates.days($0.value).get()) ?? [] })
        }
    }
}

/// Destinations as written → resolved destinations.
struct DestinationResolver {
    let context: CustomerContext

    /// Nil when nothing is written, or (only in a customer with errors) when the text
    /// names nothing.
    func callee(_ text: LString?) -> CheckedDestination? {
        guard let text else { return nil }
        switch context.resolve(text.value) {
        case .entity(let entity): return Self.entity(entity)
        case .companyVoicemail: return .companyVoicemail
        case .userVoicemail(let entity): return entity.id.map { .userVoicemail($0.value) }
        case .external(.success(let number)): return .external(number.e164)
        case .external(.failure), .unresolved: return nil
        }
    }

    static func entity(_ entity: Entity) -> CheckedDestination? {
        guard let id = entity.id?.value else { return nil }
        switch entity.kind {
        case .user: return .user(id)
        case .huntGroup: return .huntGroup(id)
        case .ivrMenu: return .menu(id)
        }
    }

    func nightSwitch(_ written: EntityNightMode?) -> CheckedNightSwitch {
        CheckedNightSwitch(mode: written?.mode.value ?? .follow, to: callee(written?.to))
    }

    /// What a line key dials or watches and a name for its label; nil for a target
    /// that cannot be dialled (an entity without an extension).
    func keyTarget(_ text: String) -> CheckedLineKey.Target? {
        let c = context
        if text == CheckedLineKey.nightModeTarget {
            return c.customer.company?.nightMode?.featureCode.map { .nightSwitch($0.value) }
        }
        switch c.resolve(text) {
        case .entity(let entity):
            guard let ext = entity.extensionNumber?.value else { return nil }
            let name: String?
            switch entity.kind {
            case .user: name = c.user(entity)?.displayName
            case .huntGroup: name = c.customer.huntGroups[entity.index].name?.value
            case .ivrMenu: name = c.customer.ivrMenus[entity.index].name?.value
            }
            return .dial(ext, name: name ?? ext)
        case .companyVoicemail: return .dial(c.companyVoicemailExtension, name: "Voicemail")
        case .userVoicemail: return .voicemailAccess
        case .external(.success(let number)): return .dial(number.e164, name: number.e164)
        case .external(.failure), .unresolved: return nil
        }
    }
}

extension CheckedCompany {
    init(_ c: CustomerContext, resolver: DestinationResolver) {
        let company = c.customer.company
        let voicemail = company?.voicemail, night = company?.nightMode
        let enabled = c.companyVoicemailEnabled
        self.init(
            number: company?.number.flatMap { c.validPhone($0.value)?.e164 } ?? "",
            showName: company?.showName?.value ?? false, personalCallerID: company?.callerID?.value == .personal,
            blockOutbound: (company?.blockOutbound ?? []).map(\.value),
            voicemail: CheckedCompanyVoicemail(
                enabled: enabled, extensionNumber: c.companyVoicemailExtension, greeting: CheckedGreeting(voicemail?.greeting),
                allowMessages: enabled && (voicemail?.allowMessages?.value ?? false), email: voicemail?.email?.value,
                afterGreeting: voicemail?.afterGreeting?.value == "hangup" ? nil : resolver.callee(voicemail?.afterGreeting)),
            nightMode: CheckedCompanyNightMode(
                mode: night?.mode?.value ?? .off, officeHours: night?.officeHours?.value, holidays: night?.holidays?.value,
                to: resolver.callee(night?.to), featureCode: night?.featureCode?.value),
            musicOnHold: CheckedMusicOnHold(company?.musicOnHold?.value), unassignedNumbers: resolver.callee(company?.unassignedNumbers))
    }
}

extension CheckedMusicOnHold {
    init(_ written: String?) {
        switch written {
        case nil, "default": self = .platformDefault
        case let folder?: self = .folder(folder)
        }
    }
}

extension CheckedPlatform {
    init(_ platform: RepositoryConfig.Platform?) {
        self.init(sipDomain: platform?.sipDomain?.value, outboundProxy: platform?.outboundProxy?.value,
                  provisioningURL: platform?.provisioningURL?.value, ntpServer: platform?.ntpServer?.value)
    }
}

extension CheckedProduct {
    init(_ product: RepositoryConfig.Product) {
        self.init(code: product.code.value, name: product.name?.value ?? product.code.value, oneOff: product.oneOff?.value,
                  monthly: product.monthly?.value, termMonths: product.termMonths?.value, currency: product.currency?.value,
                  module: product.module?.value ?? .telephony, accountType: product.accountType?.value)
    }
}
