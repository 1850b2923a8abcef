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
    /// When the register recorded it (Unix seconds), for steps recorded after the talks file; nil for the file's.
    public var recordedAt: Int64?
    /// The log entry that records it, for steps recorded after the talks file.
    public var logIndex: Int64?

    /// A step.
    public init(
        status: CommitmentStatus, at: String, by: String, reason: String?, evidence: [String], recordedAt: Int64? = nil,
        logIndex: Int64? = nil
    ) {
        self.status = status
        self.at = at
        self.by = by
        self.reason = reason
        self.evidence = evidence
        self.recordedAt = recordedAt
        self.logIndex = logIndex
    }
}
