/// What taking in one article did.
public struct NewsIntakeOutcome: Sendable, Hashable {
    /// The article's id (the existing one when it was already taken in).
    public var articleID: Int64
    /// False when the same text was already taken in: nothing was entered.
    public var newArticle: Bool
    /// Suggestions entered.
    public var suggested: [Int64]
    /// Events already suggested from another article (same event key within a day): linked, not entered again.
    public var alreadySuggested: [Int64]
    /// The log entry that records the intake.
    public var logIndex: Int64?
}
