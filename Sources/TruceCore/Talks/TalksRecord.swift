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

    /// Every round of every process, in date order.
    public var rounds: [(process: TalksProcess, round: TalksRound)] {
        processes.flatMap { process in process.rounds.map { (process, $0) } }.sorted { $0.round.from < $1.round.from }
    }
}
