/// What a route lets its caller do; ``AccessPolicy`` says which roles may.
public enum Permission: String, Sendable, Hashable, CaseIterable {
    /// Read published incidents, the agreement, zones, statistics and the log.
    case readPublic = "read-public"
    /// Read the whole incident register (every state).
    case readRegister = "read-register"
    /// File a report.
    case fileReport = "file-report"
    /// Read a report (a party only its own).
    case readReport = "read-report"
    /// Move incidents through verification (which step, ``TruceCore/VerificationWorkflow`` decides).
    case verify
    /// Attribute incidents.
    case attribute
    /// Reply to an incident that accuses one's party.
    case reply
    /// Merge and split incidents.
    case correlate
    /// Send notices, refer and decide.
    case escalate
    /// Record a commitment's status in the talks.
    case assessCommitments = "assess-commitments"
    /// Take news articles in and accept or reject their suggestions.
    case reviewNews = "review-news"
    /// Create accounts and tokens.
    case manageAccounts = "manage-accounts"
}
