import TruceCore

/// The verification workflow over a register: every change checked against ``VerificationWorkflow``, stored with
/// who, when, why and the evidence, recorded in the log and followed by adjudication, in one transaction. The CLI
/// calls it now; the HTTP API calls the same functions.
public protocol IncidentWorkflow: Sendable {
    /// Moves an incident to a new verification state.
    func transition(
        incident: Int64, to state: VerificationState, by principal: Principal, reason: String, evidence: [String]
    ) async throws -> IncidentDetail

    /// Attributes an incident to an agreement actor with a confidence, or withdraws the attribution (`party` nil).
    func attribute(
        incident: Int64, to party: String?, confidence: AttributionConfidence, by principal: Principal, reason: String,
        evidence: [String]
    ) async throws -> IncidentDetail

    /// Files the accused party's reply to an incident; it stays attached to the incident.
    func reply(incident: Int64, by principal: Principal, text: String, evidence: [String]) async throws -> IncidentDetail

    /// Folds one incident into another: its reports move, the history of both keeps the merge.
    func merge(incident: Int64, into target: Int64, by principal: Principal, reason: String) async throws -> IncidentDetail

    /// Moves some reports of an incident to a new incident; returns the new one.
    func split(incident: Int64, reports: [Int64], by principal: Principal, reason: String) async throws -> IncidentDetail

    /// An incident with its reports, history, findings, replies and escalations, as a principal may see it.
    func detail(incident: Int64, for viewer: Principal) async throws -> IncidentDetail

    /// Sends a notice of a violation finding to the violating party, with a due date for its reply.
    func notify(incident: Int64, party: String, due: Int64, by principal: Principal, reason: String) async throws
        -> Escalation

    /// Refers an escalation to the guarantors' joint commission.
    func refer(escalation: Int64, by principal: Principal, reason: String) async throws -> Escalation

    /// Records the joint commission's decision on an escalation.
    func decide(escalation: Int64, decision: String, by principal: Principal) async throws -> Escalation

    /// Escalations, newest first (all, or one incident's).
    func escalations(incident: Int64?) async throws -> [Escalation]
}
