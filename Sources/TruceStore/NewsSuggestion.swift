/// A stored news suggestion with its article and the monitor's decision.
public struct NewsSuggestion: Sendable, Hashable {
    /// Its id.
    public var id: Int64
    /// The draft it was made from.
    public var draft: NewsSuggestionDraft
    /// The article's id and SHA-256.
    public var articleID: Int64
    /// The article's outlet, title and publication day.
    public var article: NewsArticle
    /// Other articles that reported the same event (their ids).
    public var alsoIn: [Int64]
    /// Where it stands.
    public var state: NewsSuggestionState
    /// Who decided, when (Unix seconds) and why.
    public var decidedBy: String?
    /// When it was decided.
    public var decidedAt: Int64?
    /// Why.
    public var reason: String?
    /// The report registered on acceptance (report suggestions).
    public var reportID: Int64?
    /// The log entries of its intake and of its decision.
    public var logIndex: Int64
    /// The decision's log entry.
    public var decisionLogIndex: Int64?
}
