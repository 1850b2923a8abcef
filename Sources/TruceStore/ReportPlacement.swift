import TruceCore

/// Where correlation put a newly registered report.
public enum ReportPlacement: Sendable, Hashable {
    /// It opened a new incident.
    case opened
    /// It joined an existing incident, with this score.
    case joined(CorrelationScore)
    /// It is its reporter's re-sent account of an incident it already reported: kept, not counted.
    case resent(of: Int64)
}
