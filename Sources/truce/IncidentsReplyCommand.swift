import ArgumentParser
import Foundation
import TruceCore
import TruceStore

/// `truce incidents reply ID --text … --as party:ID`.
struct IncidentsReplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply", abstract: "File the accused party's reply to an incident (right of reply).")

    @Argument(help: "The incident's id.") var id: Int64
    @Option(help: "The reply (required).") var text: String
    @Option(help: "An evidence reference (repeat for several).") var evidence: [String] = []
    @OptionGroup var acting: ActingOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    func run() async throws {
        try await reportingFailures {
            let principal = try acting.principal()
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            let detail = try await register.reply(incident: id, by: principal, text: text, evidence: evidence)
            try IncidentOutput.show(detail, agreement: agreement, register: register, format: format)
            try await store.signCheckpointIfKeyed(register, quiet: format == .json)
        }
    }
}
