import Foundation

/// The verification workflow as rules: which state may follow which, which role may make each change, and what
/// each change must carry. The one permission matrix for incidents; the CLI and the API both ask it.
///
/// | from | to | roles |
/// |---|---|---|
/// | reported | under-review | monitor, admin |
/// | under-review | verified, unverified, unfounded | monitor, admin |
/// | unverified, unfounded | under-review (reopened) | monitor, admin |
/// | verified | under-review (reopened) | monitor, admin |
/// | verified | published | guarantor, monitor, admin |
/// | verified, unverified, unfounded, published | archived | monitor, admin |
///
/// Every transition needs a reason; a verdict (verified, unfounded) needs at least one evidence reference.
/// Attribution: monitor or admin, with a reason and evidence. Replies: the accused party only. Escalations:
/// guarantor or admin. Merge and split: monitor or admin.
public enum VerificationWorkflow {
    /// The states that may follow a state.
    public static func next(after state: VerificationState) -> [VerificationState] {
        switch state {
        case .reported: [.underReview]
        case .underReview: [.verified, .unverified, .unfounded]
        case .verified: [.published, .underReview, .archived]
        case .unverified, .unfounded: [.underReview, .archived]
        case .published: [.archived]
        case .archived: []
        }
    }

    /// The roles that may move an incident into a state.
    public static func roles(movingTo state: VerificationState) -> [Role] {
        switch state {
        case .published: [.admin, .monitor, .guarantor]
        default: [.admin, .monitor]
        }
    }

    /// The roles that may attribute an incident.
    public static let attributingRoles: [Role] = [.admin, .monitor]
    /// The roles that may merge and split incidents.
    public static let correlatingRoles: [Role] = [.admin, .monitor]
    /// The roles that may send notices, refer to the joint commission and record its decision.
    public static let escalatingRoles: [Role] = [.admin, .guarantor]
    /// The roles that may reply to an incident (the party must also be the accused one).
    public static let replyingRoles: [Role] = [.party]

    /// Checks a transition; throws what is wrong with it.
    public static func check(
        from state: VerificationState, to target: VerificationState, by principal: Principal, reason: String,
        evidence: [String]
    ) throws(WorkflowError) {
        try permit(principal, roles(movingTo: target), action: "move an incident to \(target.rawValue)")
        guard next(after: state).contains(target) else {
            throw .invalidTransition(from: state, to: target, allowed: next(after: state))
        }
        try requireReason(reason)
        if target == .verified || target == .unfounded, evidence.isEmpty {
            throw .invalid(field: "evidence", message: "a \(target.rawValue) verdict needs at least one evidence reference")
        }
        try checkEvidence(evidence)
    }

    /// Checks that a principal's role is one of the allowed ones.
    public static func permit(_ principal: Principal, _ allowed: [Role], action: String) throws(WorkflowError) {
        guard allowed.contains(principal.role) else {
            throw .notPermitted(role: principal.role, action: action, allowed: allowed)
        }
    }

    /// Checks a reason: not blank, at most 4,000 characters.
    public static func requireReason(_ reason: String, field: String = "reason") throws(WorkflowError) {
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw .invalid(field: field, message: "a reason is required")
        }
        if reason.count > 4_000 { throw .invalid(field: field, message: "at most 4000 characters") }
    }

    /// Checks evidence references: each not blank, at most 500 characters, at most 100 of them.
    public static func checkEvidence(_ evidence: [String]) throws(WorkflowError) {
        if evidence.count > 100 { throw .invalid(field: "evidence", message: "at most 100 references") }
        for (index, item) in evidence.enumerated() {
            if item.trimmingCharacters(in: .whitespaces).isEmpty || item.count > 500 {
                throw .invalid(field: "evidence[\(index)]", message: "an evidence reference is 1 to 500 characters")
            }
        }
    }
}
