import ArgumentParser
import Foundation
import TruceCore
import TruceStore

/// `truce incidents merge ID --into ID2 --reason … --as ROLE`.
struct IncidentsMergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Fold an incident into another (its reports move; both histories keep it).")

    @Argument(help: "The incident to fold in.") var id: Int64
    @Option(help: "The incident that absorbs it.") var into: Int64
    @Option(help: "Why (required).") var reason: String
    @OptionGroup var acting: ActingOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    func run() async throws {
        try await reportingFailures {
            let principal = try acting.principal()
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            let detail = try await register.merge(incident: id, into: into, by: principal, reason: reason)
            try IncidentOutput.show(detail, agreement: agreement, register: register, format: format)
            try await store.signCheckpointIfKeyed(register, quiet: format == .json)
        }
    }
}
