import TruceCore

/// An incident with everything recorded about it, as one viewer may see it.
public struct IncidentDetail: Sendable {
    /// The incident's current estimate and states.
    public var incident: Incident
    /// The incident it was merged into, if it was.
    public var mergedInto: Int64?
    /// The zone in force containing it, per adjudication.
    public var zoneID: String?
    /// Its reports (re-sent accounts included, marked as not counted).
    public var reports: [ReportSummary]
    /// Its history, oldest first.
    public var history: [IncidentEvent]
    /// Its findings: stored for verified and published incidents; for others, the one "not verified" finding.
    public var findings: [Finding]
    /// Its escalations.
    public var escalations: [Escalation]

    /// The accused party's replies, from the history.
    public var replies: [IncidentEvent] { history.filter { $0.kind == "replied" } }
}
