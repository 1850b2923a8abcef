import Foundation
import TruceCore
import TruceStore

/// News suggestions as JSON objects, one shape for the CLI and the API (docs/api.md).
public enum NewsJSON {
    /// A suggestion with its article, the coded event and the decision.
    public static func suggestion(_ suggestion: NewsSuggestion) -> [String: Any] {
        let event = (try? JSONSerialization.jsonObject(with: Data(suggestion.draft.eventJSON.utf8))) ?? NSNull()
        return [
            "id": suggestion.id, "kind": suggestion.draft.kind.rawValue, "state": suggestion.state.rawValue,
            "date": suggestion.draft.date ?? NSNull(), "cameo": suggestion.draft.cameo,
            "source": suggestion.draft.source ?? NSNull(), "target": suggestion.draft.target ?? NSNull(),
            "place": suggestion.draft.place ?? NSNull(), "sentence": suggestion.draft.sentence, "event": event,
            "article": [
                "id": suggestion.articleID, "sha256": suggestion.article.sha256, "file": suggestion.article.file,
                "outlet": suggestion.article.outlet ?? NSNull(), "url": suggestion.article.url ?? NSNull(),
                "title": suggestion.article.title ?? NSNull(), "published": suggestion.article.published,
            ] as [String: Any],
            "also_in": suggestion.alsoIn, "decided_by": suggestion.decidedBy ?? NSNull(),
            "decided_at": suggestion.decidedAt.map { CivilTime.iso8601UTC($0) } ?? NSNull(),
            "reason": suggestion.reason ?? NSNull(), "report": suggestion.reportID ?? NSNull(),
            "log_index": suggestion.logIndex, "decision_log_index": suggestion.decisionLogIndex ?? NSNull(),
        ]
    }

    /// What taking in an article did.
    public static func outcome(_ outcome: NewsIntakeOutcome, events: Int, skipped: Int) -> [String: Any] {
        [
            "article": outcome.articleID, "new_article": outcome.newArticle, "events": events, "skipped": skipped,
            "suggested": outcome.suggested, "already_suggested": outcome.alreadySuggested,
            "log_index": outcome.logIndex ?? NSNull(),
        ]
    }
}
