/// A negotiation process (Astana, Geneva): who hosts it, who mediates, who guarantees, and its rounds.
public struct TalksProcess: Sendable, Hashable {
    /// Stable identifier (`astana`, `geneva`).
    public var id: String
    /// Name.
    public var name: String
    /// The host (a state or an organisation).
    public var host: String
    /// The mediators (people or bodies).
    public var mediators: [String]
    /// The guarantors (agreement actor ids).
    public var guarantors: [String]
    /// The rounds, in order.
    public var rounds: [TalksRound]
}
