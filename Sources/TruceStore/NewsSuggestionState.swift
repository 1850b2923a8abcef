/// Where a news suggestion stands.
public enum NewsSuggestionState: String, Sendable, Hashable, CaseIterable {
    /// Waiting for a monitor.
    case pending
    /// Accepted: a report was registered, or a talks item kept.
    case accepted
    /// Rejected, with the reason.
    case rejected
}
