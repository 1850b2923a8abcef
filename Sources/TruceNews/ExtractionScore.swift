import Foundation

/// Precision, recall and F1 of extracted events against hand-coded ones (docs/event-coding.md): an extracted event
/// matches a gold one when date, source country, CAMEO root and target country agree (source and target may be
/// swapped for symmetric acts). Each gold event matches at most one extracted event, and the pairing is the largest
/// such one.
public struct ExtractionScore: Sendable, Hashable, CustomStringConvertible {
    /// Extracted events that match a gold event.
    public var truePositives: Int
    /// Extracted events in all.
    public var extracted: Int
    /// Gold events in all.
    public var gold: Int

    /// Scores `extracted` against `gold`.
    public init(extracted: [ScoredEvent], gold: [ScoredEvent]) {
        truePositives = Self.pairs(extracted: extracted, gold: gold).count { $0 != nil }
        self.extracted = extracted.count
        self.gold = gold.count
    }

    /// For each extracted event in order, the index of the gold event it is paired with, or `nil`: the largest
    /// one-to-one pairing under `ScoredEvent.matches` (a first-fit pairing can be smaller when symmetric acts let
    /// one extracted event match two gold events).
    public static func pairs(extracted: [ScoredEvent], gold: [ScoredEvent]) -> [Int?] {
        EventPairing.pairs(extracted: extracted, gold: gold)
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
        events.map(ScoredEvent.init)
    }
}
