import TruceCore

/// A stored finding with its incident and local day.
public struct FindingRecord: Sendable, Hashable {
    /// The incident.
    public var incidentID: Int64
    /// The incident's local day.
    public var day: String
    /// The zone in force containing the incident (`none` outside zones).
    public var area: String
    /// The finding.
    public var finding: Finding
}
