import ArgumentParser
import Foundation
import TruceCore
import TruceStore

/// `truce incidents split ID --report R … --reason … --as ROLE`.
struct IncidentsSplitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split", abstract: "Move some reports of an incident to a new incident (both histories keep it).")

    @Argument(help: "The incident to split.") var id: Int64
    @Option(name: .customLong("report"), help: "A report to move (repeat for several).") var reports: [Int64] = []
    @Option(help: "Why (required).") var reason: String
    @OptionGroup var acting: ActingOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    func run() async throws {
        try await reportingFailures {
            let principal = try acting.principal()
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            let detail = try await register.split(incident: id, reports: reports, by: principal, reason: reason)
            try IncidentOutput.show(detail, agreement: agreement, register: register, format: format)
            try await store.signCheckpointIfKeyed(register, quiet: format == .json)
        }
    }
}
