import Domain
import Parser
import Validator

/// Lowers a checked customer into the routing IR. It reads only `CheckedCustomer`,
/// where the rules' guarantees are already types (destinations resolved, numbers
/// parsed, defaults applied), so lowering decides routing and nothing else.
public final class RoutingCompiler {
    let c: CheckedCustomer
    var customerID: String { c.id }
    /// The first of the years whose closing days are spelled out (`closingYears`).
    let year: Int
    var nodes: [String: Node] = [:]
    /// Users by id, for the mailboxes that `voicemail:<user>` reaches.
    let usersByID: [String: CheckedUser]

    /// Seconds per ring: European ringing cadence (1 s tone, 4 s pause), so `rings: 5`
    /// is 25 seconds.
    static let secondsPerRing = 5

    init(_ customer: CheckedCustomer, year: Int) {
        c = customer
        self.year = year
        usersByID = Dictionary(customer.users.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Compiles one customer; `year` is the build year (from `--today`).
    public static func compile(_ customer: CheckedCustomer, year: Int) -> CompiledCustomer {
        RoutingCompiler(customer, year: year).run()
    }

    private func run() -> CompiledCustomer {
        let header = CustomerHeader(id: c.id, name: c.name, country: c.country, timezone: c.timezone, language: c.language)
        let nightMode = lowerCompanyNightMode()
        let outbound = lowerOutbound()
        let endpoints = lowerUsers(nightMode: nightMode, outbound: outbound)
        lowerHuntGroups(nightMode: nightMode)
        lowerMenus(nightMode: nightMode)
        let unassigned = destination(c.company.unassignedNumbers) ?? end(NodeID.refused)
        let numbers = lowerNumbers(unassigned: unassigned)
        let extensions = lowerExtensions()
        var table = RoutingTable(
            customer: header, numbers: numbers, extensions: extensions, nodes: nodes, schedules: lowerSchedules(),
            nightMode: nightMode, outbound: outbound, unassignedNumbers: unassigned)
        if case .folder(let folder) = c.company.musicOnHold { table.musicOnHold = folder }
        return CompiledCustomer(routing: table, endpoints: endpoints,
                                provisioning: lowerProvisioning(endpoints: endpoints, header: header),
                                porting: lowerPorting(header: header), moves: lowerMoves(header: header), orders: lowerOrders(header: header),
                                portalUsers: lowerPortalUsers(header: header),
                                letterhead: c.partner.map {
                                    Letterhead(name: $0.name, address: $0.address, registration: $0.registration, vat: $0.vat,
                                               email: $0.email, phone: $0.phone, logoPNG: $0.logoPNG)
                                })
    }

    /// The node id of a destination, adding mailbox and external nodes as they are
    /// named; nil when there is none.
    func destination(_ destination: CheckedDestination?) -> String? {
        guard let destination else { return nil }
        switch destination {
        case .user(let id): return NodeID.user(id)
        case .huntGroup(let id): return NodeID.group(id)
        case .menu(let id): return NodeID.menu(id)
        case .companyVoicemail:
            addCompanyVoicemail()
            return NodeID.companyVoicemail
        case .userVoicemail(let id):
            guard let user = usersByID[id] else { return end(NodeID.hangup) }
            return addMailbox(user)
        case .external(let number):
            let id = NodeID.external(number)
            nodes[id] = .external(ExternalNode(number: number))
            return id
        }
    }

    /// An end node (`hangup`, `busy`, `refused`).
    func end(_ signal: String) -> String {
        nodes[signal] = .end(EndNode(signal: signal))
        return signal
    }

    func addCompanyVoicemail() {
        guard nodes[NodeID.companyVoicemail] == nil else { return }
        let vm = c.company.voicemail
        // Placed first: `after_greeting` may lead back here.
        nodes[NodeID.companyVoicemail] = .end(EndNode(signal: NodeID.hangup))
        let after = vm.allowMessages ? nil : destination(vm.afterGreeting)
        nodes[NodeID.companyVoicemail] = .voicemail(VoicemailNode(
            owner: "company", mailbox: "\(vm.extensionNumber)@\(customerID)",
            extensionNumber: vm.enabled ? vm.extensionNumber : nil, greeting: vm.greeting.unavailable ?? vm.greeting.busy,
            allowMessages: vm.allowMessages, email: vm.email, afterGreeting: after))
    }

    /// A user's own mailbox node (its number is the extension, else the user id).
    func addMailbox(_ user: CheckedUser) -> String {
        let node = NodeID.voicemail(user.id)
        if nodes[node] == nil {
            let vm = user.voicemail
            nodes[node] = .end(EndNode(signal: NodeID.hangup))  // placed first: `after_greeting` may lead back here
            let after = vm.allowMessages ? nil : destination(vm.afterGreeting)
            nodes[node] = .voicemail(VoicemailNode(
                owner: user.id, mailbox: "\(user.extensionNumber ?? user.id)@\(customerID)", extensionNumber: nil,
                greeting: vm.greeting.unavailable, busyGreeting: vm.greeting.busy, allowMessages: vm.allowMessages,
                email: vm.email, copyTo: vm.copyTo, afterGreeting: after))
        }
        return node
    }

    /// An entity's night mode: its own switch and destination (its own, else the
    /// company's).
    func entityNightMode(_ written: CheckedNightSwitch, company: CompanyNightMode) -> EntityNightMode {
        let mode: EntityNightMode.Mode = switch written.mode {
        case .on: .on
        case .off: .off
        case .follow: .follow
        }
        return EntityNightMode(mode: mode, to: destination(written.to) ?? company.to)
    }
}
