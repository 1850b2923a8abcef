/// How much a register holds.
public struct RegisterCounts: Sendable, Hashable, Codable {
    /// Agreements stored.
    public var agreements: Int
    /// Reports registered.
    public var reports: Int
    /// Incidents open.
    public var incidents: Int

    /// Creates counts.
    public init(agreements: Int, reports: Int, incidents: Int) {
        self.agreements = agreements
        self.reports = reports
        self.incidents = incidents
    }
}
