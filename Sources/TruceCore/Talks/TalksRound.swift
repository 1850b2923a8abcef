/// One round of a process: where and when, who came, what was held, and what came of it.
public struct TalksRound: Sendable, Hashable {
    /// Stable identifier (`geneva-4`).
    public var id: String
    /// Name (`Geneva IV`).
    public var name: String
    /// First day, `YYYY-MM-DD`.
    public var from: String
    /// Last day, `YYYY-MM-DD`.
    public var to: String
    /// Venue.
    public var venue: String
    /// What came of it.
    public var outcome: String?
    /// The agreement or amendment it produced, if any (an id in the agreement register).
    public var produced: String?
    /// The delegations invited, with whether they attended.
    public var delegations: [Delegation]
    /// The meetings held.
    public var meetings: [Meeting]
    /// Where the facts come from.
    public var sources: [String]
}
