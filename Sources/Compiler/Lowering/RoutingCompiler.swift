import Domain
import Parser
import Validator

/// Lowers a checked customer into the routing IR. It runs only on customers without
/// errors, so it may rely on what the rules guarantee (destinations resolve, numbers
/// parse); where a guarantee does not hold it still produces a valid IR (a dangling
/// destination becomes `hangup`), never a crash.
public final class RoutingCompiler {
    let c: CustomerContext
    let customerID: String
    /// The first of the two years whose closing days are spelled out.
    let year: Int
    var nodes: [String: Node] = [:]

    /// Seconds per ring: European ringing cadence (1 s tone, 4 s pause), so `rings: 5`
    /// is 25 seconds.
    static let secondsPerRing = 5

    init(_ context: CustomerContext, year: Int) {
        c = context
        customerID = context.customer.id ?? "customer"
        self.year = year
    }

    /// Compiles one customer; `year` is the build year (from `--today`).
    public static func compile(_ context: CustomerContext, year: Int) -> CompiledCustomer {
        let compiler = RoutingCompiler(context, year: year)
        return compiler.run()
    }

    private func run() -> CompiledCustomer {
        let info = c.customer.info
        let header = CustomerHeader(
            id: customerID, name: info?.name?.value ?? customerID, country: c.country ?? "",
            timezone: (info?.timezone ?? c.repository.defaults.timezone)?.value ?? "UTC",
            language: (info?.language ?? c.repository.defaults.language)?.value ?? "en")
        let nightMode = lowerCompanyNightMode()
        let outbound = lowerOutbound()
        let endpoints = lowerUsers(nightMode: nightMode, outbound: outbound)
        lowerHuntGroups(nightMode: nightMode)
        lowerMenus(nightMode: nightMode)
        let unassigned = destination(c.customer.company?.unassignedNumbers) ?? end(NodeID.refused)
        let numbers = lowerNumbers(unassigned: unassigned)
        let extensions = lowerExtensions()
        let table = RoutingTable(
            customer: header, numbers: numbers, extensions: extensions, nodes: nodes, schedules: lowerSchedules(),
            nightMode: nightMode, outbound: outbound, unassignedNumbers: unassigned)
        return CompiledCustomer(routing: table, endpoints: endpoints,
                                provisioning: lowerProvisioning(endpoints: endpoints, header: header),
                                porting: lowerPorting(header: header), orders: lowerOrders(header: header))
    }

    /// The node id of a destination as written, adding mailbox and external nodes as
    /// they are named; nil when nothing is written.
    func destination(_ text: LString?) -> String? {
        guard let text else { return nil }
        switch c.resolve(text.value) {
        case .entity(let entity):
            return entityNode(entity)
        case .companyVoicemail:
            addCompanyVoicemail()
            return NodeID.companyVoicemail
        case .userVoicemail(let entity):
            guard let user = c.user(entity) else { return end(NodeID.hangup) }
            return addMailbox(user)
        case .external(.success(let number)):
            let id = NodeID.external(number.e164)
            nodes[id] = .external(ExternalNode(number: number.e164))
            return id
        case .external(.failure), .unresolved:
            return end(NodeID.hangup)
        }
    }

    func entityNode(_ entity: Entity) -> String {
        let id = entity.id?.value ?? "?"
        switch entity.kind {
        case .user: return NodeID.user(id)
        case .huntGroup: return NodeID.group(id)
        case .ivrMenu: return NodeID.menu(id)
        }
    }

    /// An end node (`hangup`, `busy`, `refused`).
    func end(_ signal: String) -> String {
        nodes[signal] = .end(EndNode(signal: signal))
        return signal
    }

    func addCompanyVoicemail() {
        guard nodes[NodeID.companyVoicemail] == nil else { return }
        let vm = c.customer.company?.voicemail
        nodes[NodeID.companyVoicemail] = .voicemail(VoicemailNode(
            owner: "company", mailbox: "\(c.companyVoicemailExtension)@\(customerID)",
            extensionNumber: c.companyVoicemailEnabled ? c.companyVoicemailExtension : nil,
            greeting: vm?.greeting?.value,
            allowMessages: c.companyVoicemailEnabled && (vm?.allowMessages?.value ?? false),
            email: vm?.email?.value))
    }

    /// A user's own mailbox node (its number is the extension, else the user id).
    func addMailbox(_ user: User) -> String {
        let id = user.id?.value ?? "?"
        let node = NodeID.voicemail(id)
        if nodes[node] == nil {
            let vm = user.voicemail
            nodes[node] = .voicemail(VoicemailNode(
                owner: id, mailbox: "\(user.extensionNumber?.value ?? id)@\(customerID)",
                extensionNumber: nil, greeting: vm?.greeting?.value,
                allowMessages: vm?.allowMessages?.value ?? true, email: vm?.email?.value))
        }
        return node
    }

    /// An entity's night mode: its own switch (follow by default) and destination
    /// (its own, else the company's).
    func entityNightMode(_ written: Parser.EntityNightMode?, company: CompanyNightMode) -> EntityNightMode {
        let mode: EntityNightMode.Mode
        switch written?.mode.value {
        case .on: mode = .on
        case .off: mode = .off
        case .follow, nil: mode = .follow
        }
        return EntityNightMode(mode: mode, to: destination(written?.to) ?? company.to)
    }
}
