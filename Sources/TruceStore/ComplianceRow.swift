/// One day of one group's verified violations, with the running total since entry into force (OSCE style).
public struct ComplianceRow: Sendable, Hashable {
    /// The zone id (`none` outside zones), the party id, or `all` when grouped by day.
    public var key: String
    /// The local day, `YYYY-MM-DD`.
    public var day: String
    /// Incidents with a verified violation that day (an incident violated by two parties counts once for each).
    public var violations: Int
    /// The same, summed from entry into force to this day.
    public var runningTotal: Int
}
