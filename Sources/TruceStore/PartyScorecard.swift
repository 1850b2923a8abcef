/// One party's or platform's record over a period: its commitments by status at the end of the period, and the
/// verified violations attributed to it in the period, with the same month by month.
public struct PartyScorecard: Sendable, Hashable {
    /// The agreement actor or platform id.
    public var party: String
    /// Its name.
    public var name: String
    /// Whether it is a platform (not an agreement actor).
    public var isPlatform: Bool
    /// First day of the period (nil: from the start of the record).
    public var from: String?
    /// Last day of the period (nil: to the latest day on record).
    public var to: String?
    /// Commitments it made by the end of the period, by status (`0`, `1`, `2`, `3`, `broken`), every status present.
    public var commitments: [String: Int]
    /// The ids of those commitments.
    public var commitmentIDs: [String]
    /// Verified violations attributed to it in the period (incidents; a platform counts none of its own).
    public var violations: Int
    /// Month by month.
    public var months: [ScorecardMonth]
}
