import Foundation

/// Precision, recall and F1 of extracted events against hand-coded ones (docs/event-coding.md): an extracted event
/// matches a gold one when date, source country, CAMEO root and target country agree (source and target may be
/// swapped for symmetric acts). Each gold event matches at most one extracted event.
public struct ExtractionScore: Sendable, Hashable, CustomStringConvertible {
    /// Extracted events that match a gold event.
    public var truePositives: Int
    /// Extracted events in all.
    public var extracted: Int
    /// Gold events in all.
    public var gold: Int

    /// Scores `extracted` against `gold`.
    public init(extracted: [ScoredEvent], gold: [ScoredEvent]) {
        var unused = gold
        var hits = 0
        for event in extracted {
            if let index = unused.firstIndex(where: { $0.matches(event) }) {
                unused.remove(at: index)
                hits += 1
            }
        }
        truePositives = hits
        self.extracted = extracted.count
        self.gold = gold.count
    }

    /// Adds another article's counts.
    public static func + (lhs: ExtractionScore, rhs: ExtractionScore) -> ExtractionScore {
        var sum = lhs
        sum.truePositives += rhs.truePositives
        sum.extracted += rhs.extracted
        sum.gold += rhs.gold
        return sum
    }

    /// Matches over extracted events (1 when nothing was extracted and nothing was expected).
    public var precision: Double { extracted == 0 ? (gold == 0 ? 1 : 0) : Double(truePositives) / Double(extracted) }
    /// Matches over gold events.
    public var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(gold) }
    /// Harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public var description: String {
        "P \(Self.format(precision)) R \(Self.format(recall)) F1 \(Self.format(f1)) (\(truePositives) of \(extracted) extracted, \(gold) gold)"
    }

    private static func format(_ x: Double) -> String { String(format: "%.3f", x) }

    /// The scored events of an extraction.
    public static func scored(_ events: [CodedEvent]) -> [ScoredEvent] {
        events.map { ScoredEvent(date: $0.date, source: $0.source?.country, code: $0.cameo, target: $0.target?.country) }
    }

    /// The scored events of a gold file (`{"events": [{"date", "source": {"country"}, "cameo", "target"}]}`).
    public static func gold(json data: Data) throws(NewsError) -> [ScoredEvent] {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let events = object["events"] as? [[String: Any]]
        else { throw .notText(file: "gold", reason: "not a gold events JSON object") }
        return events.map { e in
            let source = (e["source"] as? [String: Any])?["country"] as? String
            let target = (e["target"] as? [String: Any])?["country"] as? String
            return ScoredEvent(date: e["date"] as? String, source: source, code: e["cameo"] as? String ?? "", target: target)
        }
    }
}
