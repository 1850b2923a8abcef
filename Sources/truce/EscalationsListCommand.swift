import ArgumentParser
import Foundation
import TruceCore
import TruceStore

/// `truce escalations list`.
struct EscalationsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List escalations (overdue replies marked).")

    @Option(help: "Only this incident's.") var incident: Int64?
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        try await reportingFailures {
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            let list = try await register.escalations(incident: incident)
            try EscalationOutput.print(list, timeZone: agreement.timeZone, format: format)
        }
    }
}
