/// What an accepted news suggestion becomes: a media report awaiting review (violent events, CAMEO 18–20 and
/// 196), or a note in the talks record (meetings, statements, appeals, agreements).
public enum NewsSuggestionKind: String, Sendable, Hashable, CaseIterable {
    /// A violent event: accepted, it is registered as a media report.
    case report
    /// A diplomatic event: accepted, it is kept in the talks record as a news item.
    case talks
}
