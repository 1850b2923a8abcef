import Foundation

/// The rules for recording a commitment's status after the talks file: who may assess, and what a new step must
/// satisfy against the steps before it. The talks file's own steps follow the same rules (``TalksDecoder``).
public enum CommitmentAssessment {
    /// The roles that may assess a commitment: the mediators who hold the table, the guarantors who answer for the
    /// mechanism, and administrators.
    public static let assessingRoles: [Role] = [.admin, .mediator, .guarantor]

    /// The evidence kinds a step may cite, as `kind:reference` (a URL or another text is kept as it is).
    public static let evidenceKinds = ["incident", "finding", "log", "news", "document", "statement"]

    /// Checks a new step against the commitment's steps so far; `today` is the latest day a step may carry.
    public static func check(_ step: CommitmentStep, after commitment: TalksCommitment, today: String)
        throws(WorkflowError)
    {
        guard CivilTime.isDay(step.at) else {
            throw .invalid(field: "at", message: "'\(step.at)' is not a date (YYYY-MM-DD)")
        }
        if step.at < commitment.made {
            throw .invalid(field: "at", message: "\(step.at) is before the commitment was made (\(commitment.made))")
        }
        if step.at > today { throw .invalid(field: "at", message: "\(step.at) is in the future (today is \(today))") }
        if let previous = commitment.steps.last {
            if step.at < previous.at {
                throw .invalid(field: "at", message: "\(step.at) is before the last step (\(previous.at))")
            }
            if previous.status == step.status {
                throw .invalid(
                    field: "status",
                    message: "commitment \(commitment.id) is already at \(step.status.rawValue) since \(previous.at)")
            }
        }
        if commitment.steps.last != nil || step.reason != nil {
            try VerificationWorkflow.requireReason(step.reason ?? "")
        }
        try VerificationWorkflow.checkEvidence(step.evidence)
        if step.by.trimmingCharacters(in: .whitespaces).isEmpty {
            throw .invalid(field: "by", message: "who assesses the commitment is required")
        }
    }
}
