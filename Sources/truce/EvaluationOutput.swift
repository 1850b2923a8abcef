import Foundation
import TruceNews

/// What `truce evaluate` prints: a line per article and the pooled total, or one JSON object.
enum EvaluationOutput {
    /// `{"articles": [{"article", "published", "score", "unmatched": [event], "missed": [event]}], "total": score}`;
    /// a score is `{"matched", "extracted", "gold", "precision", "recall", "f1"}`, an event the scored fields and its
    /// sentence.
    static func json(_ evaluations: [ArticleEvaluation], total: ExtractionScore) -> [String: Any] {
        [
            "articles": evaluations.map { evaluation -> [String: Any] in
                [
                    "article": evaluation.article,
                    "published": evaluation.published.description,
                    "score": score(evaluation.score),
                    "unmatched": evaluation.unmatched.map { event(ScoredEvent($0), sentence: $0.sentence) },
                    "missed": evaluation.missed.map { event($0.scored, sentence: $0.sentence) },
                ]
            },
            "total": score(total),
        ]
    }

    /// One line per article, the misses under it with `details`, and the total.
    static func printTable(_ evaluations: [ArticleEvaluation], total: ExtractionScore, details: Bool) {
        for evaluation in evaluations {
            print("\(evaluation.article): \(evaluation.score)")
            guard details else { continue }
            for coded in evaluation.unmatched {
                print("    unmatched \(line(ScoredEvent(coded)))  :: \(coded.sentence.prefix(90))")
            }
            for gold in evaluation.missed {
                print("    missed    \(line(gold.scored))  :: \((gold.sentence ?? "").prefix(90))")
            }
        }
        print("total (\(evaluations.count) \(evaluations.count == 1 ? "article" : "articles")): \(total)")
    }

    private static func score(_ score: ExtractionScore) -> [String: Any] {
        [
            "matched": score.truePositives, "extracted": score.extracted, "gold": score.gold,
            "precision": BenchReport.round3(score.precision), "recall": BenchReport.round3(score.recall),
            "f1": BenchReport.round3(score.f1),
        ]
    }

    private static func event(_ event: ScoredEvent, sentence: String?) -> [String: Any] {
        [
            "date": event.date ?? NSNull(), "source": event.source ?? NSNull(), "cameo": event.code,
            "target": event.target ?? NSNull(), "sentence": sentence ?? NSNull(),
        ]
    }

    private static func line(_ event: ScoredEvent) -> String {
        "\(event.date ?? "----------") \(event.source ?? "-") \(event.code) \(event.target ?? "-")"
    }
}
