import TruceCore

/// The talks around an agreement in a register: the talks file as loaded, with every commitment's status steps
/// recorded since, each change in the verifiable log in the same transaction.
public protocol TalksRegister: Sendable {
    /// Loads (or replaces) the talks file of the agreement it names; returns what was stored. A file identical to
    /// the stored one changes nothing. Refuses a file that does not read against the stored agreement, or that
    /// drops or contradicts a commitment step recorded through the register since.
    func saveTalks(source: String, file: String, by principal: Principal) async throws -> TalksLoad

    /// The talks of an agreement (nil: none loaded), every commitment with the steps recorded since the file.
    func talks(agreement: String) async throws -> TalksRecord?

    /// Records a new status step of a commitment, checked against ``CommitmentAssessment``; returns the
    /// commitment with every step.
    func assess(commitment: String, agreement: String, step: CommitmentStep, by principal: Principal) async throws
        -> TalksCommitment

    /// The scorecard of each party and platform that made a commitment or has verified violations, over inclusive
    /// days (the whole record when nil), with a month-by-month series; `party` keeps one.
    func scorecards(agreement: String, party: String?, from: String?, to: String?) async throws -> [PartyScorecard]
}
