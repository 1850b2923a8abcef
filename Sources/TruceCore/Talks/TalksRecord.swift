/// The talks around an agreement: platforms, processes with rounds, delegations and meetings, and commitments.
public struct TalksRecord: Sendable, Hashable {
    /// The agreement the talks are about.
    public var agreementID: String
    /// Platforms.
    public var platforms: [TalksPlatform]
    /// Processes.
    public var processes: [TalksProcess]
    /// Commitments.
    public var commitments: [TalksCommitment]
    /// Statements on the record.
    public var statements: [TalksStatement] = []
    /// Documents, linked to the agreement register where it holds them.
    public var documents: [TalksDocument] = []

    /// Every round of every process, in date order.
    public var rounds: [(process: TalksProcess, round: TalksRound)] {
        processes.flatMap { process in process.rounds.map { (process, $0) } }.sorted { $0.round.from < $1.round.from }
    }

    /// The round a round or meeting id belongs to.
    public func round(containing id: String) -> (process: TalksProcess, round: TalksRound)? {
        rounds.first { $0.round.id == id || $0.round.meetings.contains { $0.id == id } }
    }

    /// The commitment with an id.
    public func commitment(_ id: String) -> TalksCommitment? {
        commitments.first { $0.id == id }
    }
}
