/// Pressure on a violator: a notice with the findings, a due date for the reply, referral to the guarantors' joint
/// commission, and the commission's decision.
public struct Escalation: Sendable, Hashable {
    /// The escalation's id.
    public var id: Int64
    /// The incident.
    public var incidentID: Int64
    /// The party notified.
    public var partyID: String
    /// Where it stands.
    public var state: EscalationState
    /// The violation findings the notice carried, as canonical JSON text.
    public var findings: String
    /// When the notice went out (seconds since the Unix epoch).
    public var noticeAt: Int64
    /// When the reply is due.
    public var dueAt: Int64
    /// When the party replied.
    public var repliedAt: Int64?
    /// When it was referred.
    public var referredAt: Int64?
    /// The commission's decision.
    public var decision: String?
    /// When it was decided.
    public var decidedAt: Int64?

    /// Whether the reply is late at an instant: due, and neither answered nor taken further.
    public func isOverdue(at instant: Int64) -> Bool { state == .notified && instant > dueAt }
}
