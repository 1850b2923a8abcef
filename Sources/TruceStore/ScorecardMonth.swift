/// One month of a scorecard: commitment statuses at the month's end (or the period's, if earlier) and the verified
/// violations in the month's days within the period.
public struct ScorecardMonth: Sendable, Hashable {
    /// The month, `YYYY-MM`.
    public var month: String
    /// Commitments made by then, by status.
    public var commitments: [String: Int]
    /// Verified violations attributed in the month.
    public var violations: Int
}
