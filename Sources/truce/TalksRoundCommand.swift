import ArgumentParser
import Foundation
import TruceCore
import TruceServer
import TruceStore

/// `truce talks round ID`: one round with its delegations, meetings in date order, statements and documents.
struct TalksRoundCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round", abstract: "Show one round: delegations, meetings (its timeline), statements, documents.")

    @Argument(help: "The round id (e.g. geneva-4).") var id: String
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        try await reportingFailures {
            let register = try store.open()
            let (_, talks) = try await store.storedTalks(from: register)
            guard let (process, round) = talks.rounds.first(where: { $0.round.id == id }) else {
                throw WorkflowError.notFound(
                    what: "round '\(id)' (rounds: \(talks.rounds.map(\.round.id).joined(separator: ", ")))")
            }
            if format == .json {
                try IncidentDetailJSON.print(TalksJSON.round(process, round, in: talks))
            } else {
                TalksTable.printRound(process, round, in: talks, detailed: true)
            }
        }
    }
}
