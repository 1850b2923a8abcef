import ArgumentParser

/// `truce talks …`.
struct TalksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "talks", abstract: "The talks around the agreement: processes, rounds, delegations, meetings, commitments.",
        subcommands: [
            TalksLoadCommand.self, TalksRoundsCommand.self, TalksRoundCommand.self, TalksCommitmentsCommand.self,
            TalksCommitmentCommand.self, TalksScorecardCommand.self,
        ])
}
