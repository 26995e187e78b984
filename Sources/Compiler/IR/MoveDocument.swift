/// A move of numbers between two partners of one platform (`moves/<id>.json` and
/// `.pdf`): not a porting — no losing provider, no lead time — but the written consent
/// of both partners, exactly the numbers listed, and an offline cut-over.
public struct MoveDocument: Codable, Equatable, Sendable {
    public var version = 1
    public var id: String
    public var kind = "move"
    public var status: String
    public var customer: PortingDocument.Party
    /// The document's language: `nl`, `fr`, `de` or `en`.
    public var language: String
    public var country: String
    /// The partner the numbers leave (its partner number at the platform).
    public var previousPartner: String?
    /// The partner the numbers go to: the partner of `pbxc.yaml`.
    public var gainingPartner: PortingDocument.Party?
    public var consent: Consent
    /// Exactly these numbers move; numbers the document does not name stay.
    public var numbers: [PortingDocument.NumberBlock]
    public var submitted: String?
    public var moveDate: String?
    public var executedOn: String?
    public var cutOver: CutOver

    enum CodingKeys: String, CodingKey {
        case version, id, kind, status, customer, language, country, consent, numbers, submitted
        case previousPartner = "previous_partner"
        case gainingPartner = "gaining_partner"
        case moveDate = "move_date"
        case executedOn = "executed_on"
        case cutOver = "cut_over"
    }

    public struct Consent: Codable, Equatable, Sendable {
        public var previousPartner: String?
        public var signedBy: String?
        public var gainingPartner: String?

        enum CodingKeys: String, CodingKey {
            case previousPartner = "previous_partner"
            case signedBy = "signed_by"
            case gainingPartner = "gaining_partner"
        }
    }

    /// How the move runs: the customer is offline while the numbers move, and they
    /// cannot be set up on the target account before (a number exists once).
    public struct CutOver: Codable, Equatable, Sendable {
        public var offline: Bool
        public var leadBusinessDays: Int
        public var preparedOnTargetBefore: Bool

        enum CodingKeys: String, CodingKey {
            case offline
            case leadBusinessDays = "lead_business_days"
            case preparedOnTargetBefore = "prepared_on_target_before"
        }
    }
}
