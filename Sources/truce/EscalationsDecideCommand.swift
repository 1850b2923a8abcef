import ArgumentParser
import Foundation
import TruceCore
import TruceStore

/// `truce escalations decide ID --decision … --as guarantor`.
struct EscalationsDecideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide", abstract: "Record the joint commission's decision on a referred escalation.")

    @Argument(help: "The escalation.") var id: Int64
    @Option(help: "The decision (required).") var decision: String
    @OptionGroup var acting: ActingOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        try await reportingFailures {
            let principal = try acting.principal()
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            let escalation = try await register.decide(escalation: id, decision: decision, by: principal)
            try EscalationOutput.print([escalation], timeZone: agreement.timeZone, format: format)
            try await store.signCheckpointIfKeyed(register, quiet: format == .json)
        }
    }
}
