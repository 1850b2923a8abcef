/// How the coder did on one hand-coded article: the score, the extracted events no gold event matches, and the gold
/// events no extracted event matches (docs/event-coding.md's rule, as `ExtractionScore`).
public struct ArticleEvaluation: Sendable, Hashable {
    /// The article's name (its path, for the CLI).
    public var article: String
    /// The publication day the article was coded against (the gold file's).
    public var published: NewsDay
    /// Matches, extracted and gold counts, and precision, recall and F1 from them.
    public var score: ExtractionScore
    /// Extracted events that match no gold event, in article order.
    public var unmatched: [CodedEvent]
    /// Gold events that no extracted event matches, in file order.
    public var missed: [GoldEvent]

    /// Scores `extraction` against `gold`.
    public init(article: String, extraction: Extraction, gold: GoldArticle) {
        let extracted = ExtractionScore.scored(extraction.events)
        let goldEvents = gold.events.map(\.scored)
        let pairs = ExtractionScore.pairs(extracted: extracted, gold: goldEvents)
        let taken = Set(pairs.compactMap { $0 })
        self.article = article
        published = gold.published
        score = ExtractionScore(extracted: extracted, gold: goldEvents)
        unmatched = zip(extraction.events, pairs).filter { $0.1 == nil }.map(\.0)
        missed = gold.events.indices.filter { !taken.contains($0) }.map { gold.events[$0] }
    }
}
