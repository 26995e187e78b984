/// One simulated inbound call: where it went, step by step, and why.
public struct CallTrace: Codable, Equatable, Sendable {
    public var customer: String
    public var number: String
    /// Local time in the customer's zone, `YYYY-MM-DD HH:MM`.
    public var at: String
    public var weekday: String
    public var timezone: String
    public var keys: String
    /// The caller's number (E.164) or `anonymous`, when the trace was given one.
    public var from: String?
    /// true when the company's manual night-mode switch (its feature code) is on.
    public var nightSwitch: Bool?
    public var steps: [TraceStep]
    /// The node where the call ends up when nobody answers.
    public var outcome: String
}

public struct TraceStep: Codable, Equatable, Sendable {
    /// What happened: `number`, `blocked`, `night_mode`, `forward`, `menu`, `key`, `ring`,
    /// `overflow`, `voicemail`, `external`, `end`, `loop`.
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

/// Who calls, as far as a trace needs to know: call blocking looks at it.
public enum Caller: Equatable, Sendable {
    /// A number no block names (the default).
    case unknown
    /// A withheld number.
    case anonymous
    /// A caller number in E.164.
    case number(String)

    var field: String? {
        switch self {
        case .unknown: nil
        case .anonymous: "anonymous"
        case .number(let n): n
        }
    }
}
