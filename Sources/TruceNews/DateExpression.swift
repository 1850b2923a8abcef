/// A date found in a sentence, resolved against the publication date.
public struct DateExpression: Sendable, Hashable {
    /// The day, when the expression names one.
    public var day: NewsDay?
    /// Whether the expression places the clause in the past as background ("since December 30, 2016", "in 2015",
    /// "last year") rather than in the news.
    public var background: Bool
    /// The tokens of the expression.
    public var tokens: Range<Int>
}
