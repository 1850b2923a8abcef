/// One step of an incident's history: who did what, when, why, with which evidence, and the log entry recording it.
public struct IncidentEvent: Sendable, Hashable {
    /// The event's id.
    public var id: Int64
    /// What happened: `transitioned`, `attributed`, `replied`, `merged`, `absorbed`, `split`, `split-from`,
    /// `report-joined`, `report-resent`, `adjudicated`, `notice-sent`, `referred`, `decided`.
    public var kind: String
    /// When (seconds since the Unix epoch).
    public var at: Int64
    /// Who (as ``TruceCore/Principal/recorded``, or the importer).
    public var actor: String
    /// In which role (`system` for correlation and adjudication).
    public var role: String
    /// The state before a transition.
    public var fromState: String?
    /// The state after a transition.
    public var toState: String?
    /// Why.
    public var reason: String?
    /// Evidence references.
    public var evidence: [String]
    /// The rest, as canonical JSON text (the party and confidence of an attribution, a reply's text, a score).
    public var detail: String
    /// The log entry that records it.
    public var logIndex: Int64?
}
