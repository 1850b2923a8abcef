import ArgumentParser
import Foundation
import TruceCore
import TruceScenario
import TruceServer
import TruceStore

/// `truce talks rounds [--file FILE] --format json|table`.
struct TalksRoundsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rounds",
        abstract:
            "List every round with its delegations and meetings: from the register once loaded, else the shipped talks, or --file checked against the agreement."
    )

    @Option(help: "A talks file to read instead of the register's (checked against the stored agreement).")
    var file: String?
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        try await reportingFailures {
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            let talks: TalksRecord
            if file == nil, let stored = try await register.talks(agreement: agreement.id) {
                talks = stored
            } else {
                let path = try file ?? SyriaScenario.talksURL().path
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw FileAccessError(path: path, reason: "cannot be read as UTF-8 text")
                }
                talks = try TalksDecoder().decode(text, file: (path as NSString).lastPathComponent, agreement: agreement)
            }
            if format == .json {
                try IncidentDetailJSON.print(talks.rounds.map { TalksJSON.round($0.process, $0.round, in: talks) })
                return
            }
            for (process, round) in talks.rounds { TalksTable.printRound(process, round, in: talks, detailed: false) }
        }
    }
}
