/// A promise made at the table: who promised what to whom, where, by when, how "kept" is judged, and its status
/// over time.
public struct TalksCommitment: Sendable, Hashable {
    /// Stable identifier.
    public var id: String
    /// Who promised (agreement actor ids or platform ids).
    public var by: [String]
    /// To whom.
    public var to: [String]
    /// The round or meeting where it was made.
    public var madeIn: String
    /// The day it was made.
    public var made: String
    /// The day it is due, if any.
    public var due: String?
    /// What was promised.
    public var text: String
    /// What "kept" means.
    public var indicator: String
    /// Where it is recorded.
    public var source: String
    /// Whether it is illustrative (framed for the demo from the reported facts).
    public var illustrative: Bool
    /// Its status, step by step.
    public var steps: [CommitmentStep]

    /// The status on a day (nil before it was made).
    public func status(on day: String) -> CommitmentStatus? {
        steps.last { $0.at <= day }?.status
    }
}
