import ArgumentParser
import Foundation
import TruceCore
import TruceStore

/// `truce escalations refer ID --reason … --as guarantor`.
struct EscalationsReferCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refer", abstract: "Refer an escalation to the guarantors' joint commission.")

    @Argument(help: "The escalation.") var id: Int64
    @Option(help: "Why (required).") var reason: String
    @OptionGroup var acting: ActingOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        try await reportingFailures {
            let principal = try acting.principal()
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            let escalation = try await register.refer(escalation: id, by: principal, reason: reason)
            try EscalationOutput.print([escalation], timeZone: agreement.timeZone, format: format)
            try await store.signCheckpointIfKeyed(register, quiet: format == .json)
        }
    }
}
