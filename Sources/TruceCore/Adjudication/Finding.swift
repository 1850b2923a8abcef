import Foundation

/// The adjudication of one incident against one clause, or the reason there is no violation: what a mechanism
/// states, with the trace of how it got there.
public struct Finding: Sendable, Hashable {
    /// Whether a clause was violated.
    public var violation: Bool
    /// Why (the rule that decided).
    public var reason: FindingReason
    /// The clause violated (or the one a non-violation concerns), if any.
    public var clauseID: String?
    /// The zone whose clause it is, for a zone clause.
    public var zoneID: String?
    /// The party held responsible, for a violation by an attributed party.
    public var partyID: String?
    /// The steps of the rule engine, in order, in words.
    public var explanation: [String]
    /// The instant whose agreement version was applied (the incident's time).
    public var agreementAsOf: Date

    /// A finding.
    public init(
        violation: Bool, reason: FindingReason, clauseID: String? = nil, zoneID: String? = nil, partyID: String? = nil,
        explanation: [String], agreementAsOf: Date
    ) {
        self.violation = violation
        self.reason = reason
        self.clauseID = clauseID
        self.zoneID = zoneID
        self.partyID = partyID
        self.explanation = explanation
        self.agreementAsOf = agreementAsOf
    }
}
