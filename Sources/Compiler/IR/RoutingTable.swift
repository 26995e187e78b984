/// The routing IR of one customer: everything a call needs, resolved and plain.
/// It is the only input of the routing emitters and of `pbxc trace`, and it is what
/// `routing.json` holds (keys sorted, numbers E.164). Destinations are node ids
/// (`NodeID`), so a consumer never resolves names again.
public struct RoutingTable: Codable, Equatable, Sendable {
    /// The version of this document's shape.
    public var version: Int = 1
    public var customer: CustomerHeader
    /// Every held number (E.164) → the node a call to it enters.
    public var numbers: [String: String]
    /// Every internal extension → its node (internal calls bypass night mode).
    public var extensions: [String: String]
    public var nodes: [String: Node]
    public var schedules: [String: CompiledSchedule]
    public var nightMode: CompanyNightMode
    public var outbound: OutboundPolicy
    /// Where held numbers without an owner go (`refused` when not set).
    public var unassignedNumbers: String
    /// The folder of the customer's own music on hold (relative to the repository);
    /// nil: the platform's default music.
    public var musicOnHold: String?

    enum CodingKeys: String, CodingKey {
        case version, customer, numbers, extensions, nodes, schedules, outbound
        case nightMode = "night_mode"
        case unassignedNumbers = "unassigned_numbers"
        case musicOnHold = "music_on_hold"
    }

    public init(customer: CustomerHeader, numbers: [String: String], extensions: [String: String],
                nodes: [String: Node], schedules: [String: CompiledSchedule], nightMode: CompanyNightMode,
                outbound: OutboundPolicy, unassignedNumbers: String) {
        self.customer = customer
        self.numbers = numbers
        self.extensions = extensions
        self.nodes = nodes
        self.schedules = schedules
        self.nightMode = nightMode
        self.outbound = outbound
        self.unassignedNumbers = unassignedNumbers
    }
}

public struct CustomerHeader: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var country: String
    /// IANA zone in which every schedule is read.
    public var timezone: String
    public var language: String
}

/// Company night mode (seed 004 §6.4.4): `auto` is on outside the office hours and on
/// the closing days of the holiday schedule.
public struct CompanyNightMode: Codable, Equatable, Sendable {
    public enum Mode: String, Codable, Sendable { case off, on, auto }
    public var mode: Mode
    public var officeHours: String?
    public var holidays: String?
    /// Where entities that follow the company go while night mode is on.
    public var to: String
    /// The code phones dial to switch night mode on by hand and back (nil: none). While
    /// the switch is on, night mode is on whatever `mode` says; its state lives in
    /// Asterisk as a custom device state, which also lights the phones' BLF keys.
    public var featureCode: String?

    enum CodingKeys: String, CodingKey {
        case mode, holidays, to
        case officeHours = "office_hours"
        case featureCode = "feature_code"
    }
}

/// Outbound calls: the number shown and the barred classes (seed 004 §6.4.2–6.4.3).
public struct OutboundPolicy: Codable, Equatable, Sendable {
    /// The company number (E.164), shown for users without a personal caller ID.
    public var companyNumber: String
    /// Show the company name instead of the user's name.
    public var showCompanyName: Bool
    public var companyName: String
    public var barred: [BarredClass]

    enum CodingKeys: String, CodingKey {
        case barred
        case companyNumber = "company_number"
        case showCompanyName = "show_company_name"
        case companyName = "company_name"
    }
}

/// One barred class as dialled prefixes for the customer's country; `except` lists
/// longer prefixes that stay allowed (a call home is not international).
public struct BarredClass: Codable, Equatable, Sendable {
    public var name: String
    public var prefixes: [String]
    public var except: [String]
}

extension RoutingTable {
    /// Whether `node` is a user with at least one phone. A hunt group rings only such
    /// members; `pbxc trace` and the dialplan both ask here, so they cannot disagree.
    public func hasPhone(_ node: String) -> Bool {
        if case .user(let user) = nodes[node] { return !user.endpoints.isEmpty }
        return false
    }
}
