/// Compliance statistics over a period: verified violations per group and day with running totals, each group's
/// total in the period, and what each reporting side alleged against what was verified.
public struct ComplianceStatistics: Sendable, Hashable {
    /// What the rows are grouped by.
    public var grouping: StatisticsGrouping
    /// The first day included, if bounded.
    public var from: String?
    /// The last day included, if bounded.
    public var to: String?
    /// The days with violations, by group then day.
    public var rows: [ComplianceRow]
    /// Each group's violations in the period.
    public var totals: [String: Int]
    /// Each reporting side's allegations in the period.
    public var sides: [ReportingSideCount]
}
