import TruceCore

/// News in the register: articles taken in once, their coded events as suggestions (one per event, however many
/// outlets report it), and a monitor's decision on each, every step in the log.
public protocol NewsIntake: Sendable {
    /// Takes in an article and its suggestions (admin, monitor). The same text again enters nothing; an event
    /// already suggested from another article is linked to it, not entered again.
    func ingest(article: NewsArticle, suggestions: [NewsSuggestionDraft], by principal: Principal) async throws
        -> NewsIntakeOutcome

    /// Suggestions, newest first, filtered by state, kind and the event's day (inclusive; either end open).
    func newsSuggestions(
        state: NewsSuggestionState?, kind: NewsSuggestionKind?, from: String?, to: String?, limit: Int
    ) async throws -> [NewsSuggestion]

    /// One suggestion.
    func newsSuggestion(id: Int64) async throws -> NewsSuggestion

    /// Accepts (a report suggestion becomes a media report awaiting review; a talks suggestion is kept as a talks
    /// news item) or rejects a pending suggestion, with the reason (admin, monitor).
    func decide(suggestion: Int64, accept: Bool, reason: String, review: NewsReview, by principal: Principal)
        async throws -> NewsSuggestion
}
