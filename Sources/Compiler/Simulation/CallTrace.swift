/// One simulated inbound call: where it went, step by step, and why.
public struct CallTrace: Codable, Equatable, Sendable {
    public var customer: String
    public var number: String
    /// Local time in the customer's zone, `YYYY-MM-DD HH:MM`.
    public var at: String
    public var weekday: String
    public var timezone: String
    public var keys: String
    public var steps: [TraceStep]
    /// The node where the call ends up when nobody answers.
    public var outcome: String
}

public struct TraceStep: Codable, Equatable, Sendable {
    /// What happened: `number`, `night_mode`, `forward`, `menu`, `key`, `ring`, `overflow`,
    /// `voicemail`, `external`, `end`, `loop`.
    public var event: String
    /// The node the step happens at.
    public var node: String
    public var detail: String
    /// Who rings, in order (user node ids), for `ring` steps.
    public var ringing: [String]?
    /// How long they ring before the call moves on.
    public var seconds: Int?
    /// The decision the moment made, for `menu` steps (`open`, `closed`) and
    /// `night_mode` steps (`on`, `off`): what `pbxc diff` compares between revisions.
    public var state: String?
}
