/// Where an escalation stands.
public enum EscalationState: String, Sendable, Hashable, Codable, CaseIterable {
    /// The notice went to the violating party; its reply is due.
    case notified
    /// The party replied.
    case replied
    /// Referred to the guarantors' joint commission.
    case referred
    /// The commission decided.
    case decided
}
