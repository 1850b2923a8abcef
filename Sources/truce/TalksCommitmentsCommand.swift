import ArgumentParser
import Foundation
import TruceCore
import TruceServer
import TruceStore

/// `truce talks commitments [--party P] [--status S] [--process P] [--on DAY]`: the commitments tracker.
struct TalksCommitmentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commitments", abstract: "List commitments with their status, filtered by party, status or process.")

    @Option(help: "Only commitments made by this party or platform.") var party: String?
    @Option(help: "Only commitments at this status (0, 1, 2, 3, broken).") var status: String?
    @Option(help: "Only commitments made in this process's rounds (astana, geneva).") var process: String?
    @Option(help: "The status as on this day (default: the latest).") var on: String?
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        try await reportingFailures {
            try DayOption.check(on, "on")
            if let status, CommitmentStatus(rawValue: status) == nil {
                throw commandLineError(field: "--status", message: "'\(status)' is not a status; expected 0, 1, 2, 3 or broken")
            }
            let register = try store.open()
            let (_, talks) = try await store.storedTalks(from: register)
            let chosen = try TalksFilter(party: party, status: status, process: process, on: on).apply(to: talks)
            if format == .json {
                try IncidentDetailJSON.print(chosen.map { TalksJSON.commitment($0, on: on) })
                return
            }
            if chosen.isEmpty { print("No commitments match.") }
            for commitment in chosen { TalksTable.printCommitment(commitment) }
        }
    }
}
