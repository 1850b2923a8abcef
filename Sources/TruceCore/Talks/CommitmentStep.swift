/// One step of a commitment's status over time: what, when, who says so, why, and the evidence.
public struct CommitmentStep: Sendable, Hashable {
    /// The status from this day.
    public var status: CommitmentStatus
    /// The day, `YYYY-MM-DD`.
    public var at: String
    /// Who assessed it.
    public var by: String
    /// Why (required for every change after the first).
    public var reason: String?
    /// Evidence: incidents, findings, log entries, news items.
    public var evidence: [String]
}
