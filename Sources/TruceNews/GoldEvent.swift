/// One hand-coded event of a gold file: what it is scored on, and the sentence it was coded from.
public struct GoldEvent: Sendable, Hashable {
    /// Date, source country, CAMEO code and target country.
    public var scored: ScoredEvent
    /// The sentence the coder read, when the gold file gives it.
    public var sentence: String?

    /// Creates a gold event.
    public init(scored: ScoredEvent, sentence: String? = nil) {
        self.scored = scored
        self.sentence = sentence
    }
}
