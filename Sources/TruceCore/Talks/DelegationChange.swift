/// A change in a delegation during a round: a new head, someone joining or leaving, a walk-out and return.
public struct DelegationChange: Sendable, Hashable {
    /// The day, `YYYY-MM-DD`, within the round.
    public var at: String
    /// What changed.
    public var text: String
}
